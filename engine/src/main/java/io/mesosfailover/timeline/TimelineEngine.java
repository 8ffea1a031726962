package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.MesosEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns events, in time order, into incidents. Plain Java with no I/O and no Kafka types: the batch analyzer calls
 * it directly, the streaming path wraps it. Each cluster has its own timelines, whose state lives in a
 * {@link TimelineState} (in memory unless given another). Not thread-safe; one engine per state.
 *
 * <pre>{@code
 * TimelineEngine engine = new TimelineEngine(TimelineSettings.DEFAULTS);
 * for (MesosEvent event : eventsInTimeOrder) {
 *     closed.addAll(engine.onEvent(event));
 * }
 * closed.addAll(engine.finish());
 * }</pre>
 */
public final class TimelineEngine {

    private final TimelineSettings settings;
    private final TimelineState state;
    /** The clusters this engine has looked at (their state is in {@link #state}). */
    private final Map<String, ClusterTimeline> clusters = new LinkedHashMap<>();
    private final List<Incident> closed = new ArrayList<>();
    private final Consumer<Incident> addClosed = closed::add;
    private String lastCluster;
    private ClusterTimeline lastTimeline;

    /** @param settings regions and thresholds; the state is kept in memory */
    public TimelineEngine(TimelineSettings settings) {
        this(settings, new MemoryTimelineState());
    }

    /**
     * @param settings regions and thresholds
     * @param state where the state is kept (and what it holds already is taken up)
     */
    public TimelineEngine(TimelineSettings settings, TimelineState state) {
        this.settings = requireNonNull(settings, "settings is null");
        this.state = requireNonNull(state, "state is null");
    }

    /** @return the incidents this event closed (or judged), in the order they closed */
    public List<Incident> onEvent(MesosEvent event) {
        String cluster = event.source().cluster();
        if (!cluster.equals(lastCluster)) {
            lastCluster = cluster;
            lastTimeline = timeline(cluster);
        }
        closed.clear();
        lastTimeline.onEvent(event, addClosed);
        return closed.isEmpty() ? List.of() : List.copyOf(closed);
    }

    /** @return how many times a master's lines went back so far, in every cluster (cheap: for polling) */
    public long clockSteps() {
        long steps = 0;
        for (ClusterTimeline cluster : clusters.values()) {
            steps += cluster.clockSteps();
        }
        return steps;
    }

    /** @return how many times a master's lines of the cluster went back so far (cheap: for polling) */
    public long clockSteps(String cluster) {
        return timeline(cluster).clockSteps();
    }

    /** @return the masters whose lines went back in time, one summary each, cluster by cluster */
    public List<TimeAnomaly> timeAnomalies() {
        List<TimeAnomaly> anomalies = new ArrayList<>();
        clusters.values().forEach(cluster -> anomalies.addAll(cluster.timeAnomalies()));
        return anomalies;
    }

    /** @return the masters of the cluster whose lines went back in time, one summary each */
    public List<TimeAnomaly> timeAnomalies(String cluster) {
        return timeline(cluster).timeAnomalies();
    }

    /** @return what each cluster looks like as of {@code time} */
    public List<ClusterState> states(Instant time) {
        List<ClusterState> states = new ArrayList<>(clusters.size());
        clusters.values().forEach(cluster -> states.add(cluster.state(time)));
        return states;
    }

    /** @return what the cluster looks like as of {@code time} */
    public ClusterState state(String cluster, Instant time) {
        return timeline(cluster).state(time);
    }

    /** @return who led each cluster when, as far as the events went (not kept in the state) */
    public List<LeaderHistory> leaderHistories() {
        List<LeaderHistory> histories = new ArrayList<>(clusters.size());
        clusters.values().forEach(cluster -> histories.add(cluster.leaderHistory()));
        return histories;
    }

    /** @return the incidents still open at the end of the input, closed as not recovered (or open-ended) */
    public List<Incident> finish() {
        List<Incident> ended = new ArrayList<>();
        for (ClusterTimeline cluster : clusters.values()) {
            cluster.finish(ended::add);
        }
        return ended;
    }

    /** @return the incidents of the cluster still open at the end of its input, closed as not recovered */
    public List<Incident> finish(String cluster) {
        List<Incident> ended = new ArrayList<>();
        timeline(cluster).finish(ended::add);
        return ended;
    }

    private ClusterTimeline timeline(String cluster) {
        return clusters.computeIfAbsent(cluster, name -> new ClusterTimeline(name, settings, state));
    }
}
