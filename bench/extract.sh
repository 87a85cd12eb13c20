#!/usr/bin/env bash
# Extraction per stage (issue 15): MB/s and documents/s for read+decode, normalise, layout, parse,
# extract and map, and end to end, on one thread after a warm-up; first on a generated corpus of
# 5-10 KB documents, then on the real documents in ../shared when present. Prints the machine.
#
#   bench/extract.sh                                   # 600 generated documents, ../shared
#   bench/extract.sh --docs 2000 --shared /work/shared --warmup 20 --measure 30
#   bench/extract.sh --jfr target/bench/extract.jfr    # the same run under JFR (see bench/PROFILING.md)
#   bench/extract.sh --profile target/bench/profile    # under async-profiler: FOLDER/stacks.txt (collapsed
#                                                      # stacks) and FOLDER/summary.txt (see bench/PROFILING.md)
#   bench/extract.sh --real my-documents/ --real harvested/   # any folders of documents ingest reads
#                                                             # (.txt .md .pdf .html .docx), PDFs apart
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh

ARGS=()
JFR=()
PROFILE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jfr) [ $# -ge 2 ] || { echo "--jfr needs a file" >&2; exit 2; }
      JFR=("-XX:StartFlightRecording=filename=$2,settings=profile"); shift 2 ;;
    --profile) [ $# -ge 2 ] || { echo "--profile needs a folder" >&2; exit 2; }
      PROFILE="$2"; shift 2 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
if [ -n "$PROFILE" ] && [ ${#JFR[@]} -gt 0 ]; then
  echo "--jfr and --profile: one profiler at a time" >&2
  exit 2
fi
case "$PROFILE" in
  # the agent's options are a comma-separated list of name=value: its file name cannot hold either
  *,*|*=*) echo "--profile $PROFILE: a folder without ',' or '=' in its name, please" >&2; exit 2 ;;
esac

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 3
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"

mvn -B -ntp -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
if [ -n "$PROFILE" ]; then
  # async-profiler, from Maven Central: its agent is inside the jar, for this machine's system
  if ! fetched=$(mvn -B -ntp -q dependency:copy-dependencies -Dmdep.stripVersion=true \
      -DoutputDirectory="$PWD/target/profiler" -f bench/profiler.pom.xml 2>&1); then
    echo "$fetched" >&2
    echo "async-profiler could not be fetched from Maven Central (bench/profiler.pom.xml); --jfr needs nothing" >&2
    exit 2
  fi
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) PLATFORM=linux-x64 ;;
    Linux-aarch64) PLATFORM=linux-arm64 ;;
    Darwin-*) PLATFORM=macos ;;
    *) echo "async-profiler has no agent for $(uname -s) $(uname -m); use --jfr" >&2; exit 2 ;;
  esac
  (cd target/profiler && jar xf async-profiler.jar "$PLATFORM/libasyncProfiler.so")
  mkdir -p "$PROFILE"
  case "$PWD" in *,*|*=*) echo "the project's path holds ',' or '=': the agent's options cannot name it" >&2; exit 2 ;; esac
  # CPU time by the interval timer: no perf events needed (containers refuse them); every 1 ms asked,
  # as often as the kernel's timer allows (every 4 ms on these machines)
  JFR=("-agentpath:$PWD/target/profiler/$PLATFORM/libasyncProfiler.so=start,event=itimer,interval=1ms,collapsed,file=$PROFILE/stacks.txt")
fi
java -Xmx1g "${JFR[@]}" -cp "$CP" org.policygraph.bench.ExtractBench "${ARGS[@]}"
if [ -n "$PROFILE" ]; then
  java bench/ProfileSummary.java "$PROFILE/stacks.txt" --within org/policygraph/bench/ExtractBench.measuredPass > "$PROFILE/summary.txt"
  echo "profile: $PROFILE/stacks.txt (collapsed stacks), $PROFILE/summary.txt:"
  head -n 45 "$PROFILE/summary.txt"
fi
