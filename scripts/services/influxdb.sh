#!/usr/bin/env bash
# InfluxDB 1.x for the integration tests: "install" puts Debian's influxdb package in place (the tests start their
# own influxd with a temporary configuration; no system service is needed or started). Idempotent.
set -euo pipefail

usage() {
    echo "usage: $0 install|status" >&2
    exit 2
}

installed() {
    command -v influxd >/dev/null 2>&1
}

install() {
    if installed; then
        echo "influxdb: already installed ($(influxd version 2>/dev/null | head -n 1))" >&2
        return
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "influxdb: apt-get not found; install InfluxDB 1.x so that influxd is on the PATH" >&2
        exit 1
    fi
    sudo_cmd=()
    if [[ "$(id -u)" -ne 0 ]]; then
        sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" apt-get update -q
    # The package's post-install step may try to start a service; a container without init is fine without it.
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends influxdb
    echo "influxdb: installed ($(influxd version 2>/dev/null | head -n 1))" >&2
}

case "${1:-}" in
    install) install ;;
    status) installed && influxd version ;;
    *) usage ;;
esac
