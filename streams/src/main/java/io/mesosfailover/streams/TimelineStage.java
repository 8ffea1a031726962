package io.mesosfailover.streams;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.StateRecord;
import io.mesosfailover.timeline.StreamingTimeline;
import io.mesosfailover.timeline.TimeAnomaly;
import io.mesosfailover.topics.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timelines step of the stream processor, called directly by {@link ParseProcessor} (events need no hop between
 * processors): runs the timeline engine of each cluster over its events, as the batch analyzer does, and sends every
 * incident the moment it closes to {@link Topics#INCIDENTS} and its metric points to {@link Topics#METRICS}. Events
 * wait in the {@link StreamingTimeline} for a bounded lateness; its state, and the parse statistics, are kept in the
 * task's state store ({@link StoreTimelineState}), written after each input record and punctuation; when the input has been quiet for a while
 * they are released anyway, so that a live cluster's incidents do not wait for its next line. Event times are in the
 * payloads; record timestamps are processing times, so that topic retention works on logs of any age.
 */
final class TimelineStage {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineStage.class);

    private static final Duration PUNCTUATION_INTERVAL = Duration.ofMillis(100);
    /** How often each master's parse statistics and each cluster's state are reported, when they changed. */
    static final Duration REPORT_INTERVAL = Duration.ofSeconds(10);

    private final StreamSettings settings;
    private final String storeName;
    private final IncidentMetrics metrics;
    /** Clusters whose timelines took events since the last report (after a restart, reported at their next one). */
    private final Set<String> moved = new HashSet<>();
    private ProcessorContext<String, Object> context;
    private StoreTimelineState state;
    private StreamingTimeline timelines;
    private ParseTally parsed;
    private long lastArrivalMillis;
    private boolean released = true;
    /** The clock steps of each cluster already looked at, and the masters warned of (once per run each). */
    private final Map<String, Long> stepsSeen = new HashMap<>();
    private final Set<String> warned = new HashSet<>();

    TimelineStage(StreamSettings settings, String storeName) {
        this.settings = settings;
        this.storeName = storeName;
        this.metrics = new IncidentMetrics(settings.timeline().regions());
    }

    /** Takes the store from the processor's context and schedules the release of quiet timelines. */
    void init(ProcessorContext<String, Object> processorContext) {
        this.context = processorContext;
        KeyValueStore<StateKey, StateRecord> store = processorContext.getStateStore(storeName);
        this.state = StoreTimelineState.open(store);
        this.timelines = new StreamingTimeline(settings.timeline(), settings.lateness(), state);
        this.parsed = new ParseTally(state);
        this.released = false;
        this.lastArrivalMillis = context.currentSystemTimeMs();
        processorContext.schedule(PUNCTUATION_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::releaseWhenQuiet);
        processorContext.schedule(REPORT_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::report);
    }

    /** Adds what a record's lines of one master made to its cluster's parse statistics. */
    void countParsed(String cluster, String host, ParseStats before, ParseStats after, Instant newestEvent) {
        parsed.add(cluster, host, before, after, newestEvent);
    }

    /** Writes what the record or punctuation changed into the store: Kafka Streams may commit after it. */
    void endOfRecord() {
        state.flush();
    }

    /** Lets go of the state: a processor initialized again reads it from the store. */
    void close() {
        state = null;
        timelines = null;
        parsed = null;
    }

    /** Runs the event through its cluster's timeline; {@code timestamp} is the input record's. */
    void accept(MesosEvent event, long timestamp) {
        lastArrivalMillis = context.currentSystemTimeMs();
        released = false;
        String cluster = event.source().cluster();
        List<Incident> closed = timelines.accept(event);
        moved.add(cluster);
        emit(closed, timestamp);
        warnOfTimesGoneBack(cluster);
    }

    /** Warns once per master whose lines went back in time (the incidents open across it are marked). */
    private void warnOfTimesGoneBack(String cluster) {
        long steps = timelines.clockSteps(cluster);
        if (steps == stepsSeen.getOrDefault(cluster, 0L)) {
            return;
        }
        stepsSeen.put(cluster, steps);
        for (TimeAnomaly anomaly : timelines.timeAnomalies(cluster)) {
            if (warned.add(cluster + "\n" + anomaly.master())) {
                LOG.warn(anomaly.describe(settings.parser().zone()));
            }
        }
    }

    private void releaseWhenQuiet(long now) {
        if (released || now - lastArrivalMillis < settings.idleRelease().toMillis()) {
            return;
        }
        for (String cluster : timelines.clusters()) {
            if (timelines.waitingEvents(cluster) > 0) {
                emit(timelines.releaseAll(cluster), now);
                moved.add(cluster);
                warnOfTimesGoneBack(cluster);
            }
        }
        released = true;
        state.flush();
    }

    /**
     * Sends a {@code parse_health} point per master whose statistics changed (its totals, at its newest event), and
     * a {@code cluster_state} point per cluster whose timeline moved (as of its newest event applied).
     */
    private void report(long now) {
        for (String cluster : state.clusters(ParseTally.SLOT)) {
            parsed.takeChanged(cluster).forEach((host, report) -> send(cluster, IncidentMetrics.parseHealth(cluster,
                    host, report.stats(), report.time()), now));
        }
        for (String cluster : timelines.clusters()) {
            if (moved.remove(cluster)) {
                timelines.states(cluster).forEach(view -> send(cluster, IncidentMetrics.clusterState(view), now));
            }
        }
        state.flush();
    }

    private void send(String cluster, MetricPoint point, long timestamp) {
        context.forward(new Record<>(cluster, point, timestamp), FailoverTopology.METRICS_SINK);
    }

    private void emit(List<Incident> incidents, long timestamp) {
        for (Incident incident : incidents) {
            context.forward(new Record<>(incident.id(), incident, timestamp),
                    FailoverTopology.INCIDENTS_SINK);
        }
        if (!incidents.isEmpty()) {
            for (MetricPoint point : metrics.points(incidents)) {
                context.forward(new Record<>(incidents.get(0).cluster(), point, timestamp),
                        FailoverTopology.METRICS_SINK);
            }
        }
    }
}
