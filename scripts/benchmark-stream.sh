#!/usr/bin/env bash
# The live path on a real single-node Kafka started for the run: sustained lines/s from files to committed
# timelines, and latency p50/p99 from a line written to a live file to its incident on mesos.incidents.
# Usage: scripts/benchmark-stream.sh [noise lines] [failovers] [rounds]   (defaults 1000000, 200 and 3; round 1
# runs on cold JVMs, the later ones give the sustained rate)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -pl benchmarks -am package -DskipTests -Dcheckstyle.skip
folder="$(mktemp -d)"
port=19192
trap 'scripts/services/kafka.sh stop "$folder/kafka" || true; rm -rf "$folder"' EXIT
scripts/services/kafka.sh start "$folder/kafka" "$port"
java -Xmx1g ${BENCH_JAVA_OPTS--XX:+UseParallelGC} -Dbench.broker.pid="$(cat "$folder/kafka/broker.pid")" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
    io.mesosfailover.benchmarks.StreamBenchmark "localhost:$port" "$folder" "${1:-1000000}" "${2:-200}" "${3:-3}"
