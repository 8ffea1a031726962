package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.MesosEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The timeline engine for events that arrive nearly in time order: the lines of one master are in order, but the
 * masters of a cluster interleave with some delay. Events wait, per cluster, until the newest event time seen is
 * {@code lateness} past them, then go to the engine in time order (ties in arrival order), just as the batch
 * analyzer's merge would give them. An event older than what was already released is late: it still goes to the
 * engine (nothing is dropped) and is counted. Everything it knows is in its {@link TimelineState}: the waiting events
 * in records of a few consecutive arrivals (slot {@link StateSlots#WAITING}, see {@link WaitingQueue}), the position
 * of each cluster (slot {@link StateSlots#STREAM}), and the engine's own; a new instance on the same state goes on
 * where the last one stopped. Not thread-safe; one instance per state.
 */
public final class StreamingTimeline {

    private final TimelineState state;
    private final TimelineEngine engine;
    private final Duration lateness;
    /** The waiting events of each cluster in the order they will be released, read from the state at first use. */
    private final Map<String, WaitingQueue> waiting = new HashMap<>();

    /**
     * A streaming timeline whose state is kept in memory.
     *
     * @param settings regions and thresholds
     * @param lateness how long an event waits for events of other masters that are older
     */
    public StreamingTimeline(TimelineSettings settings, Duration lateness) {
        this(settings, lateness, new MemoryTimelineState());
    }

    /**
     * @param settings regions and thresholds
     * @param lateness how long an event waits for events of other masters that are older
     * @param state where the state is kept (and what it holds already is taken up)
     */
    public StreamingTimeline(TimelineSettings settings, Duration lateness, TimelineState state) {
        this.state = requireNonNull(state, "state is null");
        this.engine = new TimelineEngine(settings, state);
        this.lateness = requireNonNull(lateness, "lateness is null");
        if (lateness.isNegative()) {
            throw new IllegalArgumentException("lateness is negative: " + lateness);
        }
    }

    /** @return the incidents closed by the events this one released, in the order they closed */
    public List<Incident> accept(MesosEvent event) {
        String cluster = event.source().cluster();
        Instant time = event.time();
        Position position = position(cluster);
        if (position.released() != null && time.isBefore(position.released())) {
            state.put(StateSlots.STREAM, cluster, "", new Position(position.newest(), position.released(),
                    position.releasedArrival(), position.arrivals(), position.lateEvents() + 1));
            return engine.onEvent(event);
        }
        long arrival = position.arrivals();
        queue(cluster).add(event, arrival);
        Instant newest = position.newest() == null || time.isAfter(position.newest()) ? time : position.newest();
        state.put(StateSlots.STREAM, cluster, "", new Position(newest, position.released(),
                position.releasedArrival(), arrival + 1, position.lateEvents()));
        return releaseUpTo(cluster, newest.minus(lateness));
    }

    /** Releases every waiting event of every cluster, as when the input has been quiet for long enough. */
    public List<Incident> releaseAll() {
        return ofEveryCluster(this::releaseAll);
    }

    /** Releases every waiting event of the cluster. */
    public List<Incident> releaseAll(String cluster) {
        Instant newest = position(cluster).newest();
        return newest == null ? List.of() : releaseUpTo(cluster, newest);
    }

    /** @return the clusters that sent events, in no set order */
    public List<String> clusters() {
        return state.clusters(StateSlots.STREAM);
    }

    /**
     * @return what each cluster looks like as of the newest event released to the engine (events still waiting for
     *     their lateness are not in it yet); none for a cluster with none released yet
     */
    public List<ClusterState> states() {
        return ofEveryCluster(this::states);
    }

    /** @return what the cluster looks like as of the newest event released to the engine; empty before any */
    public List<ClusterState> states(String cluster) {
        Instant released = position(cluster).released();
        return released == null ? List.of() : List.of(engine.state(cluster, released));
    }

    /** @return how many times a master's lines went back so far, in every cluster */
    public long clockSteps() {
        return sumOfEveryCluster(this::clockSteps);
    }

    /** @return the masters whose lines went back in time, one summary each, in every cluster */
    public List<TimeAnomaly> timeAnomalies() {
        return ofEveryCluster(this::timeAnomalies);
    }

    /** @return how many times a master's lines of the cluster went back so far (see {@link #timeAnomalies}) */
    public long clockSteps(String cluster) {
        return engine.clockSteps(cluster);
    }

    /** @return the masters of the cluster whose lines went back in time, one summary each */
    public List<TimeAnomaly> timeAnomalies(String cluster) {
        return engine.timeAnomalies(cluster);
    }

    /** @return the number of events waiting, in every cluster */
    public int waitingEvents() {
        return Math.toIntExact(sumOfEveryCluster(this::waitingEvents));
    }

    /** @return the number of events of the cluster waiting */
    public int waitingEvents(String cluster) {
        return queue(cluster).size();
    }

    /** @return the number of events that came after newer ones of their cluster had been released */
    public long lateEvents() {
        return sumOfEveryCluster(cluster -> position(cluster).lateEvents());
    }

    /** Ends the input: releases every waiting event and closes the open incidents. */
    public List<Incident> finish() {
        List<Incident> closed = new ArrayList<>(releaseAll());
        for (String cluster : clusters()) {
            closed.addAll(engine.finish(cluster));
        }
        return closed;
    }

    /** @return what {@code perCluster} gives for each cluster, one cluster after the other */
    private <T> List<T> ofEveryCluster(Function<String, List<T>> perCluster) {
        List<T> all = new ArrayList<>();
        for (String cluster : clusters()) {
            all.addAll(perCluster.apply(cluster));
        }
        return all;
    }

    /** @return the sum of what {@code perCluster} gives for each cluster */
    private long sumOfEveryCluster(ToLongFunction<String> perCluster) {
        long sum = 0;
        for (String cluster : clusters()) {
            sum += perCluster.applyAsLong(cluster);
        }
        return sum;
    }

    private List<Incident> releaseUpTo(String cluster, Instant watermark) {
        WaitingQueue queue = queue(cluster);
        List<Incident> closed = null;
        WaitingQueue.Waiting released = null;
        for (WaitingQueue.Waiting next = queue.releaseUpTo(watermark); next != null;
                next = queue.releaseUpTo(watermark)) {
            released = next;
            List<Incident> incidents = engine.onEvent(next.event());
            if (!incidents.isEmpty()) {
                if (closed == null) {
                    closed = new ArrayList<>();
                }
                closed.addAll(incidents);
            }
        }
        if (released != null) {
            Position position = position(cluster);
            state.put(StateSlots.STREAM, cluster, "", new Position(position.newest(), released.event().time(),
                    released.arrival(), position.arrivals(), position.lateEvents()));
        }
        return closed == null ? List.of() : closed;
    }

    private Position position(String cluster) {
        Position position = state.get(StateSlots.STREAM, cluster, "");
        return position == null ? new Position(null, null, -1, 0, 0) : position;
    }

    private WaitingQueue queue(String cluster) {
        WaitingQueue queue = waiting.get(cluster);
        if (queue == null) {
            Position position = position(cluster);
            queue = new WaitingQueue(state, cluster, position.released(), position.releasedArrival());
            waiting.put(cluster, queue);
        }
        return queue;
    }

    /**
     * Where a cluster's stream is (slot {@link StateSlots#STREAM}, subject {@code ""}).
     *
     * @param newest the newest event time seen, {@code null} before any
     * @param released the time of the last event released to the engine, {@code null} before any
     * @param releasedArrival the arrival number of that event, -1 before any: the events waiting are those after it
     *     in time and arrival
     * @param arrivals how many events arrived in time (the next one's arrival number)
     * @param lateEvents how many came after newer ones had been released
     */
    record Position(Instant newest, Instant released, long releasedArrival, long arrivals, long lateEvents)
            implements StateRecord {
    }

    /**
     * Events of consecutive arrivals, some maybe released already (slot {@link StateSlots#WAITING}, subject the
     * arrival number of the first).
     *
     * @param events the events, in arrival order
     */
    record WaitingEvents(List<MesosEvent> events) implements StateRecord {

        /** Copies the list. */
        WaitingEvents {
            events = List.copyOf(events);
        }
    }
}
