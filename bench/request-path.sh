#!/usr/bin/env bash
# The request-path benchmark (issue 9): Scribe's built jar under 50 connections of signed
# `/pm event` commands, against a bare Bolt app on the same HTTP adapter and a raw sqlite-jdbc
# insert loop, in alternating rounds. About 3 minutes per round (3 rounds by default).
#
#   bench/request-path.sh [--rounds N] [--seconds S] [--warmup S] [--profile]
#   bench/request-path.sh --rss-events 100000     # RSS after that many events, shipped settings
#   bench/request-path.sh --startup-only 7        # start to healthy alone: restart, empty database, floor
#
# Needs only a JDK 17 and Maven (the load generator is a small Java client, nothing to install).
# Builds target/scribe.jar when any source is newer than it. Figures: BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f target/scribe.jar ] || [ -n "$(find src/main pom.xml -newer target/scribe.jar -print -quit)" ]; then
  echo "Building target/scribe.jar"
  mvn -B -q -Dmaven.test.skip=true -Dspotless.check.skip=true package
fi
mvn -B -q -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Dfile.encoding=UTF-8 -Xmx2g \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.scribe.bench.RequestPathBenchmark "$@"
