# Shared by the service scripts: how to call them, Debian packages installed once, a background server known by its
# pid file. Source it; not a command.

# usage WORDS: says how to call the script, and exits 2
usage() {
    echo "usage: $0 $*" >&2
    exit 2
}

# running PIDFILE: whether the process of the pid file is alive
running() {
    [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null
}

# await_listening NAME PIDFILE HOST PORT LOG SECONDS: waits until HOST:PORT accepts connections; exits on failure
await_listening() {
    local name="$1" pidfile="$2" host="$3" port="$4" log="$5" seconds="$6"
    for _ in $(seq 1 $((seconds * 2))); do
        if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
            return
        fi
        if ! running "$pidfile"; then
            echo "$name: stopped at start; see $log" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo "$name: not listening after $seconds s; see $log" >&2
    exit 1
}

# stop_process NAME PIDFILE: asks the process to stop, waits up to 30 s, then kills it
stop_process() {
    local name="$1" pidfile="$2"
    if running "$pidfile"; then
        kill "$(cat "$pidfile")"
        for _ in $(seq 1 60); do
            running "$pidfile" || break
            sleep 0.5
        done
        running "$pidfile" && kill -9 "$(cat "$pidfile")"
        echo "$name: stopped" >&2
    fi
    rm -f "$pidfile"
}

# apt_install NAME PACKAGE...: installs Debian packages (with sudo when not root); exits when apt-get is missing
apt_install() {
    local name="$1"
    shift
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "$name: apt-get not found; install $* by hand" >&2
        exit 1
    fi
    local sudo_cmd=()
    if [[ "$(id -u)" -ne 0 ]]; then
        sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" apt-get update -q
    # A package's post-install step may try to start a service; a container without init is fine without it.
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "$@"
}

# apt_install_once NAME FOUND VERSION PACKAGE...: installs the Debian packages unless the command FOUND succeeds;
# either way says which version (what the command VERSION prints) is there
apt_install_once() {
    local name="$1" found="$2" version="$3"
    shift 3
    if "$found"; then
        echo "$name: already installed ($("$version"))" >&2
        return
    fi
    apt_install "$name" "$@"
    echo "$name: installed ($("$version"))" >&2
}
