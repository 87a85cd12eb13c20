#!/usr/bin/env bash
# What an incremental ingest costs against a full build (issue 15.6, issue 16.4), without the rest
# of bench/run.sh: generate N documents, build the store (bulk path), then a run with nothing
# changed and a run with 1% of the files changed (Bench incremental), the registry read against
# per-key lookups (Bench registry), and the folder watcher (Bench watch).
#
#   bench/incremental.sh                 # 10,000 documents
#   bench/incremental.sh --sizes 1000 --work /tmp/pg-inc
#   bench/incremental.sh --ingest-heap 3g   # bounded to 3 GiB (default: the JVM's, as bin/policygraph)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh
source bin/jvm-options.sh   # the options bin/policygraph gives each command

SIZES=10000
WORK=target/bench-incremental
# Empty: the JVM's default heap, as `policygraph ingest` and `serve` run and as bench/run.sh measures
# the full build the 1% run is compared with; a size bounds every JVM below to it.
INGEST_HEAP=
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --ingest-heap) INGEST_HEAP=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
# The build and the incremental runs as bin/policygraph runs `ingest`; the watcher as it runs `serve`.
# The options are worked out from what this script passes to java, not from the caller's
# POLICYGRAPH_JAVA_OPTS, which it does not pass: an -Xmx there would give an -Xms above the heap.
HEAP_BOUND=${INGEST_HEAP:+-Xmx$INGEST_HEAP}
mapfile -t INGEST_JVM < <([ -z "$HEAP_BOUND" ] || echo "$HEAP_BOUND"
  POLICYGRAPH_JAVA_OPTS=$HEAP_BOUND policygraph_jvm_options ingest)
mapfile -t SERVE_JVM < <([ -z "$HEAP_BOUND" ] || echo "$HEAP_BOUND"; POLICYGRAPH_JAVA_OPTS=$HEAP_BOUND policygraph_jvm_options serve)

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "nproc: $(nproc)"
java -version 2>&1 | head -1
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

mvn -B -q -Pfast -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
bench() { java -cp "$CP" "$@"; }

mkdir -p "$WORK"
IFS=, read -ra NS <<< "$SIZES"
for N in "${NS[@]}"; do
  D="$WORK/n$N"
  rm -rf "$D"; mkdir -p "$D"
  echo; echo "== $N documents"
  bench org.policygraph.bench.Bench generate "$D/corpus" "$N"
  echo "-- full build (bulk path on an empty store), ${INGEST_JVM[*]}"
  bench "${INGEST_JVM[@]}" org.policygraph.bench.Bench ingest "$D/corpus" "$D/store"
  echo "-- nothing changed, then 1% of files changed"
  bench "${INGEST_JVM[@]}" org.policygraph.bench.Bench incremental "$D/corpus" "$D/store" "$N"
  echo "-- the registry read of every stored document against per-key lookups, back to back"
  bench "${INGEST_JVM[@]}" org.policygraph.bench.Bench registry "$D/corpus" "$D/store"
  echo "-- the folder watcher: first poll, idle polls, 1% edited, renames"
  bench "${SERVE_JVM[@]}" org.policygraph.bench.Bench watch "$D/corpus" "$D/store" "$N"
  rm -rf "$D"
done
