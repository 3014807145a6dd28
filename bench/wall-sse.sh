#!/usr/bin/env sh
# Command center wall: event-to-screen latency with many concurrent SSE clients while calls are logged at a steady
# rate, plus the CPU used. Not part of `verify`. Arguments: [clients=100] [eventsPerSecond=10] [seconds=30].
# Appends its results to docs/benchmarks.md ("Pusat Kendali: wall latency").
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.satukota.kendali.internal.WallBenchmark "$@"
