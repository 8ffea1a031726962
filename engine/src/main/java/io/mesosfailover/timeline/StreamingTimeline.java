package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.MesosEvent;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The timeline engine for events that arrive nearly in time order: the lines of one master are in order, but the
 * masters of a cluster interleave with some delay. Events wait in a buffer until the newest event time seen is
 * {@code lateness} past them, then go to the engine in time order (ties in arrival order), just as the batch
 * analyzer's merge would give them. An event older than what was already released is late: it still goes to the
 * engine (nothing is dropped) and is counted. Serializable: the streaming path keeps it in a state store.
 */
public final class StreamingTimeline implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TimelineEngine engine;
    private final Duration lateness;
    private final PriorityQueue<Waiting> waiting = new PriorityQueue<>();
    private final ParseTally parsed = new ParseTally();
    private Instant newest;
    private Instant released;
    private long arrivals;
    private long lateEvents;

    /**
     * @param settings regions and thresholds
     * @param lateness how long an event waits for events of other masters that are older
     */
    public StreamingTimeline(TimelineSettings settings, Duration lateness) {
        this.engine = new TimelineEngine(settings);
        this.lateness = requireNonNull(lateness, "lateness is null");
        if (lateness.isNegative()) {
            throw new IllegalArgumentException("lateness is negative: " + lateness);
        }
    }

    /** @return the incidents closed by the events this one released, in the order they closed */
    public List<Incident> accept(MesosEvent event) {
        Instant time = event.time();
        if (released != null && time.isBefore(released)) {
            lateEvents++;
            return engine.onEvent(event);
        }
        waiting.add(new Waiting(event, arrivals++));
        if (newest == null || time.isAfter(newest)) {
            newest = time;
        }
        return releaseUpTo(newest.minus(lateness));
    }

    /** Releases every waiting event, as when the input has been quiet for long enough. */
    public List<Incident> releaseAll() {
        return newest == null ? List.of() : releaseUpTo(newest);
    }

    /** @return what the parser made of the lines of each master of the cluster, saved with the timeline */
    public ParseTally parsed() {
        return parsed;
    }

    /**
     * @return what each cluster looks like as of the newest event released to the engine (events still waiting for
     *     their lateness are not in it yet); empty before any
     */
    public List<ClusterState> states() {
        return released == null ? List.of() : engine.states(released);
    }

    /** @return how many times a master's lines went back so far (see {@link #timeAnomalies}) */
    public long clockSteps() {
        return engine.clockSteps();
    }

    /** @return the masters whose lines went back in time, one summary each */
    public List<TimeAnomaly> timeAnomalies() {
        return engine.timeAnomalies();
    }

    /** @return the number of events waiting */
    public int waitingEvents() {
        return waiting.size();
    }

    /** @return the number of events that came after newer ones had been released */
    public long lateEvents() {
        return lateEvents;
    }

    /** Ends the input: releases every waiting event and closes the open incidents. */
    public List<Incident> finish() {
        List<Incident> closed = new ArrayList<>(releaseAll());
        closed.addAll(engine.finish());
        return closed;
    }

    /** @return each cluster's remembered task launches, which snapshots save apart */
    Map<String, TaskLaunches> taskLaunches() {
        return engine.taskLaunches();
    }

    private List<Incident> releaseUpTo(Instant watermark) {
        List<Incident> closed = null;
        while (!waiting.isEmpty() && !waiting.peek().event.time().isAfter(watermark)) {
            MesosEvent next = waiting.poll().event;
            released = next.time();
            List<Incident> incidents = engine.onEvent(next);
            if (!incidents.isEmpty()) {
                if (closed == null) {
                    closed = new ArrayList<>();
                }
                closed.addAll(incidents);
            }
        }
        return closed == null ? List.of() : closed;
    }

    /** An event and its arrival number, ordered by time, then arrival. */
    private static final class Waiting implements Comparable<Waiting>, Serializable {

        private static final long serialVersionUID = 1L;

        private final MesosEvent event;
        private final long arrival;

        Waiting(MesosEvent event, long arrival) {
            this.event = event;
            this.arrival = arrival;
        }

        @Override
        public int compareTo(Waiting other) {
            int byTime = event.time().compareTo(other.event.time());
            return byTime != 0 ? byTime : Long.compare(arrival, other.arrival);
        }
    }
}
