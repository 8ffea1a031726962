#!/usr/bin/env bash
# Parsing throughput on one core: lines/s and MB/s of reading and of parsing a generated master log, peak heap.
# Usage: scripts/benchmark-parse.sh [lines] [--against REVISION]   (default 1000000 lines)
#   --against REVISION  also builds REVISION (a commit, branch or tag of this repository) in a temporary copy and
#                       runs the two interleaved (REVISION, working tree, REVISION, working tree), so that the
#                       figures of both come from the same minutes of the same machine. The benchmark's own code
#                       (benchmarks/src) is the working tree's in both, so only the code it measures differs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines=1000000
against=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --against) against="$2"; shift 2 ;;
        *) lines="$1"; shift ;;
    esac
done

build() {
    (cd "$1" && ./mvnw -q -B -pl benchmarks -am package -DskipTests -Dcheckstyle.skip)
}

run() {
    # One active processor: the figure is per core, whatever the machine has.
    java -XX:ActiveProcessorCount=1 -Xmx512m -cp "$1/benchmarks/target/classes:$1/benchmarks/target/lib/*" \
        io.mesosfailover.benchmarks.ParseBenchmark "$lines"
}

build "$root"
if [[ -z "$against" ]]; then
    run "$root"
    exit 0
fi
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
git -C "$root" archive "$against" | tar -x -C "$copy"
rm -rf "$copy/benchmarks/src"
cp -R "$root/benchmarks/src" "$copy/benchmarks/src"
build "$copy"
for round in 1 2; do
    echo "== $against (round $round)"
    run "$copy"
    echo "== working tree (round $round)"
    run "$root"
done
