#!/usr/bin/env bash
# Chromium for the HTML report's browser test (HtmlReportIT loads the report in headless Chromium).
# "install" puts Debian's chromium package in place; "status" prints the version found. Idempotent.
set -euo pipefail

command="${1:-}"

usage() {
    echo "usage: $0 install|status" >&2
    exit 2
}

# shellcheck source=process.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/process.sh"

found() {
    command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1
}

install() {
    if found; then
        echo "chromium: already installed ($(chromium --version 2>/dev/null || chromium-browser --version))" >&2
        return
    fi
    apt_install chromium chromium fonts-dejavu-core
    echo "chromium: installed ($(chromium --version))" >&2
}

case "$command" in
    install) install ;;
    status) found && { chromium --version 2>/dev/null || chromium-browser --version; } ;;
    *) usage ;;
esac
