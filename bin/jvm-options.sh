# Sourced by bin/policygraph, bench/run.sh and bench/incremental.sh: the JVM options a policygraph
# command starts with, written once so that the benchmarks measure the ingest as users run it.
#
# `ingest` is a batch job that ends when the store is built: it wants throughput, not short pauses.
# On two cores the parallel collector built 10,000 documents in 101.7 s where G1 (the JVM's default)
# took 128.1 s: G1 spent 82.6 s of CPU in its own threads against 49.7 s, and its write barriers
# slowed the loader's threads (105.8 s of CPU against 88.0 s) (bench/RESULTS.md, "The parallel
# collector for `ingest`, and per-key rows streamed as each query ends"). Every other command keeps
# G1: `serve` answers queries for months, where short pauses matter more than throughput.
#
# `ingest` also starts with its heap at the most it may grow to (-Xms = the JVM's maximum, given
# the user's options). Left to itself the parallel collector hands memory back to the system after
# every full collection and takes it again as the old generation refills: at 100,000 documents, 11
# full collections gave back 2.9 GB each, every page of it zeroed anew by the kernel when taken
# again: 49 s of system CPU in the pauses and a build of 803 s; with the heap fixed, 3 s and 715-719 s
# (bench/RESULTS.md, "The heap the parallel collector gave back").
#
# A collector chosen in POLICYGRAPH_JAVA_OPTS wins: the JVM refuses two. So does a -Xms there.

# The options for command $1 (the first argument of bin/policygraph), one per line.
policygraph_jvm_options() {
  case " ${POLICYGRAPH_JAVA_OPTS:-} " in
    *" -XX:+Use"*"GC "*) return 0 ;;
  esac
  case "${1:-}" in
    ingest)
      echo "-XX:+UseParallelGC"
      case " ${POLICYGRAPH_JAVA_OPTS:-} " in
        *" -Xms"*|*" -XX:InitialHeapSize="*|*" -XX:MinHeapSize="*) ;;
        *) policygraph_max_heap ;;
      esac
      ;;
  esac
}

# "-Xms<bytes>": the maximum heap the JVM picks for `ingest` with the user's options (a quarter of
# the memory by default, or their -Xmx), asked of the JVM itself so that container limits and
# -XX:MaxRAMPercentage count as they will in the run. Nothing when the JVM cannot say.
policygraph_max_heap() {
  # shellcheck disable=SC2086 # the user's options, one per word, as bin/policygraph passes them
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -XX:+UseParallelGC ${POLICYGRAPH_JAVA_OPTS:-} -XX:+PrintFlagsFinal -version 2>/dev/null \
    | awk '$2 == "MaxHeapSize" && $4 ~ /^[0-9]+$/ { print "-Xms" $4 }'
}
