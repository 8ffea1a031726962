package io.mesosfailover.topics;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.timeline.Incident;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/** The Kafka topics of mesos-failover, each with the types of its keys and values. */
public final class Topics {

    /** Raw log entries (a line and its continuation lines), keyed by {@code cluster/host}, source in headers. */
    public static final Topic<String, String> LINES = new Topic<>("mesos.log.lines", Serdes.String(),
            Serdes.String());
    /** Events as JSON (the {@code parse} JSON Lines), keyed by cluster, timestamped with their event time. */
    public static final Topic<String, MesosEvent> EVENTS = new Topic<>("mesos.events", Serdes.String(),
            JsonSerde.of(MesosEvent.class));
    /** Lines that could not be read, as JSON with the reason, keyed by {@code cluster/host}. */
    public static final Topic<String, Unparsed> UNPARSED = new Topic<>("mesos.log.unparsed", Serdes.String(),
            JsonSerde.of(Unparsed.class));
    /** Incidents as JSON (the schema of {@code analyze --format json}), keyed by incident id. */
    public static final Topic<String, Incident> INCIDENTS = new Topic<>("mesos.incidents", Serdes.String(),
            JsonSerde.of(Incident.class));
    /** Metric points as JSON, keyed by cluster. */
    public static final Topic<String, MetricPoint> METRICS = new Topic<>("mesos.metrics", Serdes.String(),
            JsonSerde.of(MetricPoint.class));
    /** Where {@code ingest} keeps its position in each file (compacted), keyed by ingest id and path. */
    public static final Topic<String, SavedPosition> INGEST_POSITIONS = new Topic<>("mesos.ingest.positions",
            Serdes.String(), JsonSerde.of(SavedPosition.class));

    /** The topics {@code ingest} and {@code stream} create with the partitions asked for. */
    public static final List<Topic<String, ?>> PARTITIONED = List.of(LINES, EVENTS, UNPARSED, INCIDENTS, METRICS);

    private Topics() {
    }
}
