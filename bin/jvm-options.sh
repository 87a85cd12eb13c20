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
# A collector chosen in POLICYGRAPH_JAVA_OPTS wins: the JVM refuses two.

# The options for command $1 (the first argument of bin/policygraph), one per line.
policygraph_jvm_options() {
  case " ${POLICYGRAPH_JAVA_OPTS:-} " in
    *" -XX:+Use"*"GC "*) return 0 ;;
  esac
  case "${1:-}" in
    ingest) echo "-XX:+UseParallelGC" ;;
  esac
}
