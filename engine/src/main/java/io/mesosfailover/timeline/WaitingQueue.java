package io.mesosfailover.timeline;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.source.TimeOrderedMerge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of one cluster waiting for their lateness, in the order they will be released, and their records in the
 * state (slot {@link StateSlots#WAITING}). Events are kept in records of up to {@link #EVENTS_PER_RECORD}
 * consecutive arrivals, under the arrival number of the first: a busy master has hundreds of events waiting when an
 * input record ends, and one record each would cost a write and a deletion each in the store and its changelog. A
 * record is removed once all its events are released; until then it keeps the ones released already, which the
 * cluster's position (the last event released) tells apart when the state is read again. Not thread-safe.
 */
final class WaitingQueue {

    /** Consecutive arrivals kept in one record of the state, at most. */
    static final int EVENTS_PER_RECORD = 32;

    private final TimelineState state;
    private final String cluster;
    private final TimeOrderedMerge<Waiting> queue = new TimeOrderedMerge<>();
    /** Events not released yet, by record (the arrival number of its first event). */
    private final Map<Long, Integer> waitingByRecord = new HashMap<>();
    /** The record new arrivals go to, and its events (released ones too); none after a restart or once full. */
    private long openRecord = -1;
    private List<MesosEvent> openEvents;

    /**
     * Reads the cluster's waiting events from the state: the events of its records after the last one released.
     *
     * @param released the time of the last event released, {@code null} before any
     * @param releasedArrival its arrival number
     */
    WaitingQueue(TimelineState state, String cluster, Instant released, long releasedArrival) {
        this.state = state;
        this.cluster = cluster;
        state.forEach(StateSlots.WAITING, cluster, (subject, saved) -> {
            long first = Long.parseLong(subject);
            int waiting = 0;
            List<MesosEvent> events = saved.events();
            for (int i = 0; i < events.size(); i++) {
                MesosEvent event = events.get(i);
                // released in order of time, then arrival: the ones after the last released still wait
                int sinceReleased = released == null ? 1 : event.time().compareTo(released);
                if (sinceReleased > 0 || (sinceReleased == 0 && first + i > releasedArrival)) {
                    queue.add(new Waiting(event, first + i, first), event.time(), first + i);
                    waiting++;
                }
            }
            if (waiting == 0) {
                state.remove(StateSlots.WAITING, cluster, subject);
            } else {
                waitingByRecord.put(first, waiting);
            }
        });
    }

    /** Adds an event that arrived in time, with its arrival number (one more than the last one's). */
    void add(MesosEvent event, long arrival) {
        if (openEvents == null) {
            openRecord = arrival;
            openEvents = new ArrayList<>(EVENTS_PER_RECORD);
        }
        openEvents.add(event);
        queue.add(new Waiting(event, arrival, openRecord), event.time(), arrival);
        waitingByRecord.merge(openRecord, 1, Integer::sum);
        state.put(StateSlots.WAITING, cluster, Long.toString(openRecord),
                new StreamingTimeline.WaitingEvents(openEvents));
        if (openEvents.size() == EVENTS_PER_RECORD) {
            openEvents = null;
        }
    }

    /** @return the next event to release when it is no newer than {@code watermark}, else {@code null} */
    Waiting releaseUpTo(Instant watermark) {
        Waiting next = queue.pollNotAfter(watermark);
        if (next == null) {
            return null;
        }
        int left = waitingByRecord.merge(next.record(), -1, Integer::sum);
        if (left == 0) {
            waitingByRecord.remove(next.record());
            state.remove(StateSlots.WAITING, cluster, Long.toString(next.record()));
            if (next.record() == openRecord) {
                openEvents = null;
            }
        }
        return next;
    }

    /** @return how many events wait */
    int size() {
        return queue.size();
    }

    /**
     * An event waiting (merged by time, then arrival).
     *
     * @param event the event
     * @param arrival its arrival number
     * @param record the record of the state that holds it
     */
    record Waiting(MesosEvent event, long arrival, long record) {
    }
}
