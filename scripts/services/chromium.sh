#!/usr/bin/env bash
# Chromium for the HTML report's browser test (HtmlReportIT loads the report in headless Chromium).
# "install" puts Debian's chromium package in place; "status" prints the version found. Idempotent.
set -euo pipefail

command="${1:-}"

# shellcheck source=process.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/process.sh"

found() {
    command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1
}

version() {
    chromium --version 2>/dev/null || chromium-browser --version
}

case "$command" in
    install) apt_install_once chromium found version chromium fonts-dejavu-core ;;
    status) found && version ;;
    *) usage "install|status" ;;
esac
