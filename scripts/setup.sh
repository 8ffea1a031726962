#!/usr/bin/env bash
# What the tests need on a fresh machine: checks the JDK, fetches Maven itself through the wrapper (from Maven
# Central) and installs every service of TEST_SERVICES below (scripts/services/NAME.sh install). scripts/test.sh
# runs this first; the launcher ./mesos-failover needs none of it. Idempotent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

java_version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [[ -z "$java_version" || "${java_version%%.*}" -lt 17 ]]; then
    echo "setup: Java 17 or later is required (found: ${java_version:-none})" >&2
    exit 1
fi
echo "setup: Java $java_version" >&2

cd "$root"
./mvnw -q -B --version >/dev/null

# The services the tests start or run themselves; each is installed by scripts/services/NAME.sh install.
# To add one, write its script (install|status, idempotent) and add its name here.
TEST_SERVICES=(
    influxdb   # the metrics ITs start their own influxd (InfluxDB 1.x from Debian's package)
    chromium   # the HTML report's browser test (HtmlReportIT) runs headless Chromium
)
for service in "${TEST_SERVICES[@]}"; do
    "scripts/services/$service.sh" install
done

echo "setup: Maven wrapper and test services ready" >&2
