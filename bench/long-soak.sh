#!/usr/bin/env bash
# Soak of the server (loopback only, not in CI): what 'serve --watch' does for months. CLIENTS
# clients send the query catalogue while the watched folder receives new documents and changed
# versions of earlier ones, with automatic compaction on. Every SAMPLE seconds one line: requests,
# errors (must stay 0), documents behind (a document is lost only if it never lands: at the end the
# watcher gets up to 15 minutes with no feed; behind 180 s after the feed stopped is printed too), the
# store's live generation and whole folder against its compacted size (file lengths) and the
# folder on disk (du), heap after a full collection, latency p50/p95/p99 of the interval and the
# longest wait of a trivial probe query (what a compaction's switch costs a query). At the end:
# errors, documents lost, latency overall and per query, heap, store against a last compaction.
#
#   bench/long-soak.sh                                  # issue 16: 60 minutes on a new store of 2,000 documents
#   bench/long-soak.sh --minutes 30 --base 2000         # shorter
#   bench/long-soak.sh --store /tmp/scale/n100000/store --minutes 10 --changed 0 --new 25 --every 20 \
#                      --compact-above 0 --query-limit 300 --heap 4g    # issue 10: new documents only
#
# Options (defaults in brackets):
#   --minutes N        length [60]
#   --base N           build a store of N generated documents first, in a temporary folder [2000]
#   --store DIR        use (and change) this store instead: use a copy
#   --clients N        concurrent clients [16]
#   --every S          feed every S seconds [10]
#   --new N            new documents per feed [10]
#   --changed N        changed versions of earlier documents per feed [20]
#   --compact-above X  compact when the live store passes X times its compacted size; 0: never [1.25]
#   --sample S         one line every S seconds [60]
#   --query-limit S    the server's query time limit [60]
#   --heap SIZE        -Xmx of the server process [2g]
# The old positional form 'long-soak.sh MINUTES BASE_DOCS|STORE' still works.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=60 BASE=2000 STORE="" CLIENTS=16 EVERY=10 NEW=10 CHANGED=20 ABOVE=1.25 SAMPLE=60 LIMIT=60 HEAP=${SOAK_HEAP:-2g}
if [[ $# -gt 0 && $1 != --* ]]; then
  MINUTES=$1; shift
  if [[ $# -gt 0 ]]; then
    if [[ -d $1 ]]; then STORE=$1; else BASE=$1; fi
    shift
  fi
fi
while [[ $# -gt 0 ]]; do
  case $1 in
    --minutes) MINUTES=$2 ;;
    --base) BASE=$2 ;;
    --store) STORE=$2 ;;
    --clients) CLIENTS=$2 ;;
    --every) EVERY=$2 ;;
    --new) NEW=$2 ;;
    --changed) CHANGED=$2 ;;
    --compact-above) ABOVE=$2 ;;
    --sample) SAMPLE=$2 ;;
    --query-limit) LIMIT=$2 ;;
    --heap) HEAP=$2 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "long-soak.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift 2
done
source bin/jdk.sh   # Java 21 or newer for Maven and every java below

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "nproc: $(nproc)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
free -g
java -version 2>&1
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
mvn -B -q -Dexec.skip=true -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [[ -z "$STORE" ]]; then
  STORE=$WORK/store
  echo "== base store: $BASE generated documents"
  java -cp "$CP" org.policygraph.bench.CorpusGenerator "$WORK/corpus" "$BASE" >/dev/null
  java -Xmx$HEAP -cp "$CP" org.policygraph.cli.Main ingest --store "$STORE" "$WORK/corpus" 2>&1 | tail -3
fi
echo "== soak: $MINUTES min, $CLIENTS clients, $NEW new + $CHANGED changed documents every $EVERY s, compact above ${ABOVE}x, query limit $LIMIT s, -Xmx$HEAP"
java -Xmx$HEAP -cp "$CP" org.policygraph.bench.LongSoak "$STORE" "$WORK/inbox" "$MINUTES" "$CLIENTS" "$SAMPLE" "$EVERY" "$NEW" "$CHANGED" "$ABOVE" "$LIMIT"
