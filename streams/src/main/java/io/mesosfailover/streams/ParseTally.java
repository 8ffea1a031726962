package io.mesosfailover.streams;

import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.timeline.StateRecord;
import io.mesosfailover.timeline.StateSlot;
import io.mesosfailover.timeline.TimelineState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the parser made of each master's lines, added up over everything one cluster's stream has read: the live
 * form of {@code analyze}'s parse statistics, kept in the timelines' state (slot {@link #SLOT}, subject the host) so
 * that it is saved at every commit with the rest (a restart neither loses nor counts twice). Hosts whose counts
 * changed are handed out for reporting.
 */
final class ParseTally {

    /** The slot of each master's counts. */
    static final StateSlot<Counts> SLOT = new StateSlot<>("parse-counts", Counts.class);

    private final TimelineState state;

    ParseTally(TimelineState state) {
        this.state = state;
    }

    /**
     * Adds what one batch of lines of a host made: the difference between a file's statistics after and before it.
     *
     * @param before the file's statistics before the batch
     * @param after the file's statistics after it (no line pending)
     * @param newestEvent the newest event time of the batch, {@code null} when it made no event
     */
    void add(String cluster, String host, ParseStats before, ParseStats after, Instant newestEvent) {
        Counts counts = state.get(SLOT, cluster, host);
        ParseStats total = (counts == null ? ParseStats.empty() : counts.total()).plus(after.minus(before));
        Instant newest = counts == null ? null : counts.newestEvent();
        if (newestEvent != null && (newest == null || newestEvent.isAfter(newest))) {
            newest = newestEvent;
        }
        state.put(SLOT, cluster, host, new Counts(total, newest, true));
    }

    /**
     * @return the hosts of the cluster whose counts changed since the last call and have an event time, by host:
     *     their totals so far, at the newest event time read of each
     */
    Map<String, Report> takeChanged(String cluster) {
        Map<String, Report> changed = new TreeMap<>();
        state.forEach(SLOT, cluster, (host, counts) -> {
            if (counts.changed() && counts.newestEvent() != null) {
                changed.put(host, new Report(counts.total(), counts.newestEvent()));
                state.put(SLOT, cluster, host, new Counts(counts.total(), counts.newestEvent(), false));
            }
        });
        return new LinkedHashMap<>(changed);
    }

    /**
     * A host's totals.
     *
     * @param stats what became of its lines
     * @param time the newest event time read
     */
    record Report(ParseStats stats, Instant time) {
    }

    /**
     * What one master's lines made so far.
     *
     * @param total the totals
     * @param newestEvent the newest event time read, {@code null} before any
     * @param changed whether they changed since they were last reported
     */
    record Counts(ParseStats total, Instant newestEvent, boolean changed) implements StateRecord {
    }
}
