#!/usr/bin/env bash
# Extraction per stage (issue 15): MB/s and documents/s for read+decode, normalise, layout, parse,
# extract and map, and end to end, on one thread after a warm-up; first on a generated corpus of
# 5-10 KB documents, then on the real documents in ../shared when present. Prints the machine.
#
#   bench/extract.sh                                   # 600 generated documents, ../shared
#   bench/extract.sh --docs 2000 --shared /work/shared --warmup 20 --measure 30
#   bench/extract.sh --jfr target/bench/extract.jfr    # the same run under JFR (see bench/PROFILING.md)
#   bench/extract.sh --real my-documents/ --real harvested/   # any folders of documents ingest reads
#                                                             # (.txt .md .pdf .html .docx), PDFs apart
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh

ARGS=()
JFR=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jfr) JFR=("-XX:StartFlightRecording=filename=$2,settings=profile"); shift 2 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 3
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"

mvn -B -ntp -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
java -Xmx1g "${JFR[@]}" -cp "$CP" org.policygraph.bench.ExtractBench "${ARGS[@]}"
