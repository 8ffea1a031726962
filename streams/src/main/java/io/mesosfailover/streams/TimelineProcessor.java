package io.mesosfailover.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mesosfailover.event.EventJson;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.metrics.MetricPointJson;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.IncidentJson;
import io.mesosfailover.timeline.StreamingTimeline;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Runs the timeline engine of each cluster over its events, as the batch analyzer does, and sends every incident
 * the moment it closes to {@link Topics#INCIDENTS} and its metric points to {@link Topics#METRICS}. Events wait in
 * the cluster's {@link StreamingTimeline} for a bounded lateness; when the input has been quiet for a while they are
 * released anyway, so that a live cluster's incidents do not wait for its next line. Event times are in the
 * payloads; record timestamps are processing times, so that topic retention works on logs of any age.
 */
final class TimelineProcessor implements Processor<String, String, String, String> {

    private static final Duration PUNCTUATION_INTERVAL = Duration.ofMillis(100);

    private final StreamSettings settings;
    private final String storeName;
    private final ObjectMapper events = EventJson.mapper();
    private final IncidentMetrics metrics;
    private ProcessorContext<String, String> context;
    private TimelineStore store;
    private long lastArrivalMillis;
    private boolean released = true;

    TimelineProcessor(StreamSettings settings, String storeName) {
        this.settings = settings;
        this.storeName = storeName;
        this.metrics = new IncidentMetrics(settings.timeline().regions());
    }

    @Override
    public void init(ProcessorContext<String, String> processorContext) {
        this.context = processorContext;
        this.store = processorContext.getStateStore(storeName);
        this.released = false;
        this.lastArrivalMillis = context.currentSystemTimeMs();
        processorContext.schedule(PUNCTUATION_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::releaseWhenQuiet);
    }

    @Override
    public void process(Record<String, String> record) {
        lastArrivalMillis = context.currentSystemTimeMs();
        released = false;
        MesosEvent event;
        try {
            event = events.readValue(record.value(), MesosEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            ObjectNode json = events.createObjectNode();
            json.put("key", record.key()).put("reason", "unreadable event: " + e.getMessage());
            context.forward(new Record<>(record.key(), json.toString(), record.timestamp()),
                    FailoverTopology.UNPARSED_OF_EVENTS_SINK);
            return;
        }
        String cluster = event.source().cluster();
        StreamingTimeline timeline = store.timeline(cluster, this::newTimeline);
        List<Incident> closed = timeline.accept(event);
        store.changed(cluster);
        emit(closed, record.timestamp());
    }

    private StreamingTimeline newTimeline() {
        return new StreamingTimeline(settings.timeline(), settings.lateness());
    }

    private void releaseWhenQuiet(long now) {
        if (released || now - lastArrivalMillis < settings.idleRelease().toMillis()) {
            return;
        }
        for (String cluster : store.clusters()) {
            StreamingTimeline timeline = store.timeline(cluster, this::newTimeline);
            if (timeline.waitingEvents() > 0) {
                emit(timeline.releaseAll(), now);
                store.changed(cluster);
            }
        }
        released = true;
    }

    private void emit(List<Incident> incidents, long timestamp) {
        for (Incident incident : incidents) {
            context.forward(new Record<>(incident.id(), IncidentJson.toJson(incident).toString(), timestamp),
                    FailoverTopology.INCIDENTS_SINK);
        }
        if (!incidents.isEmpty()) {
            for (MetricPoint point : metrics.points(incidents)) {
                context.forward(new Record<>(incidents.get(0).cluster(), MetricPointJson.write(point), timestamp),
                        FailoverTopology.METRICS_SINK);
            }
        }
    }
}
