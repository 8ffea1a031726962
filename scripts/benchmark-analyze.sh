#!/usr/bin/env bash
# analyze end to end on a generated three-master cluster (~2,000,000 lines): lines/s, MB/s, peak heap. The
# analysis runs with a 256 MB heap to show that memory does not grow with the size of the logs.
# Usage: scripts/benchmark-analyze.sh [noise lines]   (default 2000000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -pl benchmarks -am package -DskipTests -Dcheckstyle.skip
folder="$(mktemp -d)"
trap 'rm -rf "$folder"' EXIT
classpath="benchmarks/target/classes:benchmarks/target/lib/*"
java -Xmx4g -cp "$classpath" io.mesosfailover.benchmarks.AnalyzeBenchmark generate "$folder" "${1:-2000000}"
# The launcher's collector (ParallelGC), so that the figure is the one users get.
java -Xmx256m -XX:+UseParallelGC -cp "$classpath" io.mesosfailover.benchmarks.AnalyzeBenchmark run "$folder"
