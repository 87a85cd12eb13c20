#!/usr/bin/env bash
# Catalogue query latency on a store of your own (issue 15 point 5): every query of queries/ (or of
# --queries DIR) in-process, over HTTP from our server and over HTTP from stock Fuseki main serving
# the same store, taking turns; median and 95th percentile of each, the ratios against the goals
# (1 s for a query that filters text, 2 s for the others) and against stock Fuseki. bench/run.sh does
# the same on the generated corpora it builds; this runs it on a store built from real documents:
#
#   bin/policygraph ingest --store /tmp/real-store my-documents/     # or: harvest, then ingest
#   bench/queries.sh --store /tmp/real-store
#   bench/queries.sh --store /tmp/real-store --reps 20 --queries my-queries/
#
# The store must not be open in another process (stop `serve` first). Queries that call out
# (SERVICE) are listed, not timed.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh   # Java 21 or newer

STORE=
QUERIES=queries
REPS=10
while [ $# -gt 0 ]; do
  case "$1" in
    --store) STORE=$2; shift 2 ;;
    --queries) QUERIES=$2; shift 2 ;;
    --reps) REPS=$2; shift 2 ;;
    *) echo "unknown option $1 (--store DIR [--queries DIR] [--reps N])" >&2; exit 2 ;;
  esac
done
if [ -z "$STORE" ] || [ ! -d "$STORE" ]; then
  echo "bench/queries.sh: --store names no store folder: '${STORE}'" >&2
  exit 2
fi

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 1
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "store: $STORE ($(du -sh "$STORE" | cut -f1))"

mvn -B -ntp -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
echo "-- query latency ($REPS runs after 2 warm-ups; slow queries 3 runs)"
java -Xmx4g -cp "$CP" org.policygraph.bench.Bench queries "$STORE" "$QUERIES" "$REPS"
