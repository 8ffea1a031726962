#!/usr/bin/env bash
# Set-up step 1 of a fresh machine: checks the JDK, fetches Maven itself through the wrapper (from Maven
# Central) and installs the services the integration tests start (scripts/services/). Step 2 is the build:
# ./mvnw -B -DskipTests package. Idempotent.
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

# InfluxDB metrics: the integration tests start their own influxd (InfluxDB 1.x from Debian's package).
scripts/services/influxdb.sh install
scripts/services/chromium.sh install  # the HTML report's browser test (HtmlReportIT) runs headless Chromium

echo "setup: Maven wrapper ready; next: ./mvnw -B -DskipTests package" >&2
