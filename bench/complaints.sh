#!/usr/bin/env sh
# Complaint lifecycles (submit, verify + dispose, respond, rate) over HTTP on an empty database and after
# bulk-loading past complaints, next to the raw INSERT rate of the same database. Not part of `verify`.
# Arguments: [clients=16] [lifecycles=2000] [maxSeconds=120] [preload=1000000] [warmup=600].
# Appends its results to docs/benchmarks.md (run with JAVA_OPTS=-Dbench.append=false to only print them).
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -Xmx1g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.satukota.pengaduan.internal.LifecycleBenchmark "$@"
