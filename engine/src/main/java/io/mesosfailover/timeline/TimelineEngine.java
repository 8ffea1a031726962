package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.MesosEvent;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns events, in time order, into incidents. Plain Java with no I/O and no Kafka types: the batch analyzer calls
 * it directly, the streaming path wraps it. Each cluster has its own timelines. Not thread-safe.
 *
 * <pre>{@code
 * TimelineEngine engine = new TimelineEngine(TimelineSettings.DEFAULTS);
 * for (MesosEvent event : eventsInTimeOrder) {
 *     closed.addAll(engine.onEvent(event));
 * }
 * closed.addAll(engine.finish());
 * }</pre>
 */
public final class TimelineEngine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TimelineSettings settings;
    private final Map<String, ClusterTimeline> clusters = new LinkedHashMap<>();
    private transient List<Incident> closed;
    private transient String lastCluster;
    private transient ClusterTimeline lastTimeline;

    /** @param settings regions and thresholds */
    public TimelineEngine(TimelineSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** @return the incidents this event closed (or judged), in the order they closed */
    public List<Incident> onEvent(MesosEvent event) {
        String cluster = event.source().cluster();
        if (!cluster.equals(lastCluster)) {
            lastCluster = cluster;
            lastTimeline = clusters.computeIfAbsent(cluster, name -> new ClusterTimeline(name, settings));
        }
        if (closed == null) {
            closed = new ArrayList<>();
        }
        closed.clear();
        lastTimeline.onEvent(event, closed::add);
        return closed.isEmpty() ? List.of() : List.copyOf(closed);
    }

    /**
     * @return the masters whose lines went back in time, one summary each, cluster by cluster (the incidents open
     *     across a step are marked {@link Incident#timesWentBack})
     */
    /** @return how many times a master's lines went back so far, in every cluster (cheap: for polling) */
    public long clockSteps() {
        long steps = 0;
        for (ClusterTimeline cluster : clusters.values()) {
            steps += cluster.clockSteps();
        }
        return steps;
    }

    public List<TimeAnomaly> timeAnomalies() {
        List<TimeAnomaly> anomalies = new ArrayList<>();
        clusters.values().forEach(cluster -> anomalies.addAll(cluster.timeAnomalies()));
        return anomalies;
    }

    /** @return each cluster's remembered task launches, by cluster name */
    Map<String, TaskLaunches> taskLaunches() {
        Map<String, TaskLaunches> launches = new LinkedHashMap<>();
        clusters.forEach((name, cluster) -> launches.put(name, cluster.taskLaunches()));
        return launches;
    }

    /** @return what each cluster looks like as of {@code time} */
    public List<ClusterState> states(Instant time) {
        List<ClusterState> states = new ArrayList<>(clusters.size());
        clusters.values().forEach(cluster -> states.add(cluster.state(time)));
        return states;
    }

    /** @return who led each cluster when, as far as the events went (not kept in saved state) */
    public List<LeaderHistory> leaderHistories() {
        List<LeaderHistory> histories = new ArrayList<>(clusters.size());
        clusters.values().forEach(cluster -> histories.add(cluster.leaderHistory()));
        return histories;
    }

    /** @return the incidents still open at the end of the input, closed as not recovered (or open-ended) */
    public List<Incident> finish() {
        List<Incident> closed = new ArrayList<>();
        for (ClusterTimeline cluster : clusters.values()) {
            cluster.finish(closed::add);
        }
        return closed;
    }
}
