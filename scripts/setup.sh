#!/usr/bin/env bash
# One-time set-up of a fresh machine: the JDK check, the services the integration tests and users run
# (InfluxDB 1.x from Debian's packages, Kafka and QuestDB jars from Maven Central) and the Maven
# dependencies of the build. Idempotent: a second run only checks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

java_version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [[ -z "$java_version" || "${java_version%%.*}" -lt 17 ]]; then
    echo "setup: Java 17 or later is required (found: ${java_version:-none})" >&2
    exit 1
fi

for step in "$root"/scripts/setup.d/*.sh; do
    [[ -e "$step" ]] || continue
    echo "setup: $(basename "$step")" >&2
    bash "$step"
done

echo "setup: resolving build dependencies" >&2
(cd "$root" && ./mvnw -q -B -DskipTests -Dmaven.test.skip=true package >/dev/null)
echo "setup: done" >&2
