#!/usr/bin/env bash
# InfluxDB 1.x. "install" puts Debian's influxdb package in place (the tests start their own influxd with a temporary
# configuration; no system service is needed or started). Idempotent.
# "start [DIR] [PORT]" runs an influxd of its own for trying the product (data in DIR, default
# $HOME/.mesos-failover/influxdb, HTTP on localhost:PORT, default 8086, no authentication); "stop [DIR]" stops it.
# The sink creates its database on first write.
set -euo pipefail

command="${1:-}"
dir="${2:-$HOME/.mesos-failover/influxdb}"
port="${3:-8086}"

# shellcheck source=process.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/process.sh"

installed() {
    command -v influxd >/dev/null 2>&1
}

version() {
    influxd version 2>/dev/null | head -n 1
}

pidfile="$dir/influxd.pid"

start() {
    if running "$pidfile"; then
        echo "influxdb: already running (pid $(cat "$pidfile"))" >&2
        return
    fi
    if ! installed; then
        echo "influxdb: influxd not found; run $0 install first" >&2
        exit 1
    fi
    mkdir -p "$dir"
    cat > "$dir/influxd.conf" <<CONF
reporting-disabled = true
bind-address = "127.0.0.1:$((port + 2))"
[meta]
  dir = "$dir/meta"
[data]
  dir = "$dir/data"
  wal-dir = "$dir/wal"
[http]
  enabled = true
  bind-address = "127.0.0.1:$port"
  auth-enabled = false
  log-enabled = false
[monitor]
  store-enabled = false
CONF
    nohup influxd -config "$dir/influxd.conf" >>"$dir/influxd.log" 2>&1 &
    echo $! > "$pidfile"
    await_listening influxdb "$pidfile" 127.0.0.1 "$port" "$dir/influxd.log" 30
    echo "influxdb: listening on http://localhost:$port (pid $(cat "$pidfile"), data in $dir)" >&2
}

stop() {
    stop_process influxdb "$pidfile"
}

case "$command" in
    install) apt_install_once influxdb installed version influxdb ;;
    status) installed && influxd version ;;
    start) start ;;
    stop) stop ;;
    *) usage "install|status|start|stop [DIR] [PORT]" ;;
esac
