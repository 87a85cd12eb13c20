#!/usr/bin/env bash
# Short load run on loopback: 16 concurrent clients, 50 catalogue queries each (800 in all), at most
# 120 s; prints median and 95th-percentile latency and the error count (exit 1 when any failed).
# It builds its own store from examples/corpus and serves it on a free port of 127.0.0.1.
# Usage: bench/load.sh [CLIENTS] [REQUESTS_PER_CLIENT] [MAX_SECONDS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
source bin/jdk.sh   # Java 21 or newer
bin/policygraph --version >/dev/null   # builds target/policygraph.jar when missing or stale
# The request log (one line per request) is left out of the output.
java -cp target/policygraph.jar bench/LoadBench.java "${1:-16}" "${2:-50}" "${3:-120}" 2> >(grep -v " INFO  request " >&2)
