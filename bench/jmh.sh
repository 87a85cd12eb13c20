#!/usr/bin/env bash
# JMH benchmarks of the tokeniser and the figure reader (issue 15), outside the Maven build: JMH 1.37
# is resolved through bench/jmh.pom.xml, the benchmarks in bench/jmh/src are compiled here against
# target/classes with JMH's annotation processor, and run with org.openjdk.jmh.Main.
#
#   bench/jmh.sh                                  # all benchmarks, default document
#   bench/jmh.sh tokenise -p file=some/doc.txt    # any JMH options after the script's name
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh

mvn -B -ntp -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-main-cp.txt >/dev/null
mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$PWD/target/jmh-cp.txt" -f bench/jmh.pom.xml >/dev/null
# the default document comes from the extraction benchmark's corpus: write it when missing
if [ ! -d target/bench/extract/corpus-600 ]; then
  mvn -B -ntp -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
  java -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" org.policygraph.bench.ExtractBench --docs 600 --warmup 0 --measure 0 --shared /nonexistent >/dev/null
fi
CP="target/classes:$(cat target/bench-main-cp.txt):$(cat target/jmh-cp.txt)"
rm -rf target/jmh-classes && mkdir -p target/jmh-classes
javac -proc:full -cp "$CP" -processorpath "$(cat target/jmh-cp.txt)" -d target/jmh-classes $(find bench/jmh/src -name '*.java')
java -cp "target/jmh-classes:$CP" org.openjdk.jmh.Main "$@"
