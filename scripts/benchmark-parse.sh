#!/usr/bin/env bash
# Parsing throughput on one core: lines/s and MB/s of reading and of parsing a generated master log, peak heap.
# Usage: scripts/benchmark-parse.sh [lines]   (default 1000000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -pl benchmarks -am package -DskipTests -Dcheckstyle.skip
# One active processor: the figure is per core, whatever the machine has.
exec java -XX:ActiveProcessorCount=1 -Xmx512m -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
    io.mesosfailover.benchmarks.ParseBenchmark "$@"
