#!/usr/bin/env bash
# Soak of issue 10 (loopback only): 16 clients send the query catalogue for 10 minutes to the server
# on an existing store while its --watch folder receives new documents; prints errors (must be 0),
# latency percentiles and the heap at start and end. Run it on the store bench/run.sh leaves behind:
#
#   bench/soak.sh /tmp/scale/n100000/store            # 10 minutes, 16 clients
#   bench/soak.sh STORE [MINUTES] [CLIENTS] [QUERY_LIMIT_S] [FEED_EVERY_S] [FEED_BATCH]
#
# The store must not be in use by another process. New documents go to a temporary folder, and the
# watcher adds them to the store: use a copy of the store when it must stay as it was.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh   # Java 21 or newer for Maven and every java below
STORE=${1:?store folder}
MINUTES=${2:-10}
CLIENTS=${3:-16}
LIMIT=${4:-300}
EVERY=${5:-20}
BATCH=${6:-25}
HEAP=${SOAK_HEAP:-4g}

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "nproc: $(nproc)"
free -g
java -version 2>&1
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
WATCH=$(mktemp -d)
trap 'rm -rf "$WATCH"' EXIT
echo "== soak: $MINUTES min, $CLIENTS clients, query limit $LIMIT s, $BATCH new documents every $EVERY s, -Xmx$HEAP"
java -Xmx$HEAP -cp "$CP" org.policygraph.bench.SoakBench "$STORE" "$WATCH" "$MINUTES" "$CLIENTS" "$LIMIT" "$EVERY" "$BATCH" \
  2> >(grep -v " INFO  " >&2)
