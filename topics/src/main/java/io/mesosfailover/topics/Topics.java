package io.mesosfailover.topics;

/** The Kafka topics of mesos-failover. */
public final class Topics {

    /** Raw log entries (a line and its continuation lines), keyed by {@code cluster/host}, source in headers. */
    public static final String LINES = "mesos.log.lines";
    /** Events as JSON, keyed by cluster, timestamped with their event time. */
    public static final String EVENTS = "mesos.events";
    /** Lines that could not be read, as JSON with the reason, keyed by {@code cluster/host}. */
    public static final String UNPARSED = "mesos.log.unparsed";
    /** Incidents as JSON (the schema of {@code analyze --format json}), keyed by incident id. */
    public static final String INCIDENTS = "mesos.incidents";
    /** Metric points as JSON, keyed by cluster. */
    public static final String METRICS = "mesos.metrics";
    /** Where {@code ingest} keeps its position in each file (compacted), keyed by ingest id and path. */
    public static final String INGEST_POSITIONS = "mesos.ingest.positions";

    private Topics() {
    }
}
