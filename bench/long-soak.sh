#!/usr/bin/env bash
# Soak of issue 16 (loopback only, not in CI): what 'serve --watch' does for months, for MINUTES
# (default 60). 16 clients send the query catalogue while the watched folder receives new documents
# and changed versions of earlier ones continuously, with automatic compaction on. Every minute one
# line: requests, errors (must stay 0), documents lost (must stay 0), store size against its
# compacted size (target <= 1.5), heap after a full collection, latency p50/p95/p99 of the minute.
#
#   bench/long-soak.sh                                   # 60 minutes on a new store of 2,000 documents
#   bench/long-soak.sh [MINUTES] [BASE_DOCS|STORE] [CLIENTS] [FEED_EVERY_S] [NEW] [CHANGED] [COMPACT_ABOVE] [SAMPLE_S]
#
# With a number as second argument a store of that many generated documents is built first (bulk
# path) in a temporary folder; with a folder, that store is used and changed: use a copy.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh   # Java 21 or newer for Maven and every java below
MINUTES=${1:-60}
BASE=${2:-2000}
CLIENTS=${3:-16}
EVERY=${4:-10}
NEW=${5:-10}
CHANGED=${6:-20}
ABOVE=${7:-1.3}
SAMPLE=${8:-60}
HEAP=${SOAK_HEAP:-2g}

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "nproc: $(nproc)"
free -g
java -version 2>&1
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
mvn -B -q -o -Dexec.skip=true -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [[ -d "$BASE" ]]; then
  STORE=$BASE
else
  STORE=$WORK/store
  echo "== base store: $BASE generated documents"
  java -cp "$CP" org.policygraph.bench.CorpusGenerator "$WORK/corpus" "$BASE" >/dev/null
  java -Xmx$HEAP -cp "$CP" org.policygraph.cli.Main ingest --store "$STORE" "$WORK/corpus" 2>&1 | tail -3
fi
echo "== soak: $MINUTES min, $CLIENTS clients, $NEW new + $CHANGED changed documents every $EVERY s, compact above ${ABOVE}x, -Xmx$HEAP"
java -Xmx$HEAP -cp "$CP" org.policygraph.bench.LongSoak "$STORE" "$WORK/inbox" "$MINUTES" "$CLIENTS" "$SAMPLE" "$EVERY" "$NEW" "$CHANGED" "$ABOVE"

