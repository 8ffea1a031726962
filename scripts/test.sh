#!/usr/bin/env bash
# Runs every test: installs first what the tests need (scripts/setup.sh: the JDK check, the Maven wrapper and the
# services of its TEST_SERVICES list), then builds and runs checkstyle, the unit tests and the integration tests
# (./mvnw -B verify). Extra arguments go to Maven, e.g. scripts/test.sh -o. .ci/run runs exactly this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
exec ./mvnw -B verify "$@"
