#!/usr/bin/env bash
# A single-node Kafka (KRaft: broker and controller in one process) from Maven Central's jars, no Docker.
#   scripts/services/kafka.sh start [DIR] [PORT]   format DIR (once) and start a broker on localhost:PORT
#   scripts/services/kafka.sh stop [DIR]           stop it
#   scripts/services/kafka.sh status [DIR]
# Defaults: DIR=$HOME/.mesos-failover/kafka, PORT=9092. The jars come through the project's Maven build (the
# Kafka version pinned in pom.xml); the integration tests start brokers of their own the same way.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
command="${1:-}"
dir="${2:-$HOME/.mesos-failover/kafka}"
port="${3:-9092}"
controller_port=$((port + 1))

classpath() {
    # the broker jars are test dependencies of the topics module, which has no module dependencies of its own
    local file="$root/topics/target/kafka-broker.classpath"
    # computed again when a POM changed (a new Kafka version), else the broker would run the old jars
    if [[ ! -s "$file" || "$root/pom.xml" -nt "$file" || "$root/topics/pom.xml" -nt "$file" ]]; then
        (cd "$root" && ./mvnw -q -B -pl topics dependency:build-classpath -Dmdep.includeScope=test \
            -Dmdep.outputFile="$file" >/dev/null)
    fi
    cat "$file"
}

# shellcheck source=process.sh
source "$root/scripts/services/process.sh"
pidfile="$dir/broker.pid"

start() {
    if running "$pidfile"; then
        echo "kafka: already running (pid $(cat "$pidfile"))" >&2
        return
    fi
    mkdir -p "$dir"
    local cp
    cp="$(classpath)"
    if [[ ! -f "$dir/server.properties" ]]; then
        cat > "$dir/server.properties" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$controller_port
listeners=PLAINTEXT://localhost:$port,CONTROLLER://localhost:$controller_port
advertised.listeners=PLAINTEXT://localhost:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
num.partitions=4
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
group.initial.rebalance.delay.ms=0
PROPERTIES
        local cluster_id
        cluster_id="$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>>"$dir/broker.log")"
        java -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" >>"$dir/broker.log" 2>&1
    fi
    nohup java -Xmx1g -cp "$cp" kafka.Kafka "$dir/server.properties" >>"$dir/broker.log" 2>&1 &
    echo $! > "$pidfile"
    await_listening kafka "$pidfile" localhost "$port" "$dir/broker.log" 60
    echo "kafka: listening on localhost:$port (pid $(cat "$pidfile"), data in $dir)" >&2
}

stop() {
    stop_process kafka "$pidfile"
}

case "$command" in
    start) start ;;
    stop) stop ;;
    status) if running "$pidfile"; then echo "kafka: running (pid $(cat "$pidfile"))"; else echo "kafka: stopped"; exit 1; fi ;;
    *) echo "usage: $0 start|stop|status [DIR] [PORT]" >&2; exit 2 ;;
esac
