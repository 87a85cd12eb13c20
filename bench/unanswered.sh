#!/usr/bin/env bash
# The measurement of unanswered-questions and open-questions-per-member against their former text
# (bench/RESULTS.md, "from per-question summaries"): a generated corpus answers every question and
# has no harvest records, so one question file in twenty loses its answer and every question gets
# a record (one in ten without an answer date) before the old and new forms run side by side.
#
#   bench/unanswered.sh [N] [WORK]      # default 10000 documents in target/bench-unanswered
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh
N=${1:-10000}
W=${2:-target/bench-unanswered}
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
bench() { java -Xmx2g -cp "$CP" org.policygraph.bench.Bench "$@"; }
rm -rf "$W"; mkdir -p "$W/queries"
bench generate "$W/corpus" "$N"
n=0
for f in $(find "$W/corpus/vragen" -type f | sort); do
  n=$((n+1))
  if [ $((n % 20)) -eq 7 ]; then
    awk '/^(\*\*)?ANTWOORD(\*\*)? *$/ {exit} {print}' "$f" > "$f.tmp" && mv "$f.tmp" "$f"
  fi
done
echo "answers cut: $((n/20)) of $n question files"
bench ingest "$W/corpus" "$W/store"
bench records "$W/records" "$N" 10
bench harvest "$W/store" "$W/records"
for q in unanswered-questions open-questions-per-member; do
  cp "src/test/resources/org/policygraph/queries/direct/$q.rq" "$W/queries/$q-a-old.rq"
  cp "queries/$q.rq" "$W/queries/$q-b-new.rq"
done
bench queries "$W/store" "$W/queries" 5
