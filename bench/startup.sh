#!/usr/bin/env bash
# Measures how long the packaged platform takes to be ready (GET /actuator/health answers UP) on this machine:
# a cold start on an empty data directory (creates the database, migrates, seeds the city) and a warm restart on
# the data it left. Also prints the jar size. Usage: bench/startup.sh [runs]   (default 3 runs of each)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/satukota-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/satukota-*.jar | grep -v original | head -n 1)
fi
port=18080
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ready_ms() {
  local data=$1 start end pid
  start=$(date +%s%N)
  SATUKOTA_DATA_DIR="$data" SATUKOTA_LOG_FORMAT= java -jar "$jar" --server.port=$port \
    --spring.profiles.active=demo >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  kill -TERM $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n 1)"
echo "jar: $jar $(du -m "$jar" | cut -f1) MB"
for i in $(seq 1 "$runs"); do
  data="$work/data-$i"
  cold=$(ready_ms "$data")
  warm=$(ready_ms "$data")
  echo "run $i: cold start ready in ${cold} ms, warm restart ready in ${warm} ms"
done
