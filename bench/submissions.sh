#!/usr/bin/env sh
# Application submissions per second over HTTP against the embedded PostgreSQL, next to the raw INSERT rate of the
# same database. Not part of `verify`. Arguments: [clients=16] [submissions=3000] [maxSeconds=60] [warmup=300].
# Appends its results to docs/benchmarks.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -Xmx1g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.satukota.permohonan.internal.SubmissionBenchmark "$@"
