package io.mesosfailover.timeline;

import io.mesosfailover.parser.ParseStats;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the parser made of each master's lines, added up over everything one cluster's stream has read: the live
 * form of {@code analyze}'s parse statistics, kept with the cluster's timeline so that it is saved with it at every
 * commit (a restart neither loses nor counts twice). Hosts whose counts changed are handed out for reporting.
 */
public final class ParseTally implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Counts> byHost = new TreeMap<>();

    /**
     * Adds what one batch of lines of a host made: the difference between a file's statistics after and before it.
     *
     * @param host the master
     * @param before the file's statistics before the batch
     * @param after the file's statistics after it (no line pending)
     * @param newestEvent the newest event time of the batch, {@code null} when it made no event
     */
    public void add(String host, ParseStats before, ParseStats after, Instant newestEvent) {
        Counts counts = byHost.computeIfAbsent(host, name -> new Counts());
        counts.total = counts.total.plus(after.minus(before));
        if (newestEvent != null && (counts.newestEvent == null || newestEvent.isAfter(counts.newestEvent))) {
            counts.newestEvent = newestEvent;
        }
        counts.changed = true;
    }

    /**
     * @return the hosts whose counts changed since the last call and have an event time: their totals so far, at
     *     the newest event time read of each
     */
    public Map<String, Report> takeChanged() {
        Map<String, Report> changed = new LinkedHashMap<>();
        byHost.forEach((host, counts) -> {
            if (counts.changed && counts.newestEvent != null) {
                changed.put(host, new Report(counts.total, counts.newestEvent));
                counts.changed = false;
            }
        });
        return changed;
    }

    /**
     * A host's totals.
     *
     * @param stats what became of its lines
     * @param time the newest event time read
     */
    public record Report(ParseStats stats, Instant time) {
    }

    private static final class Counts implements Serializable {

        private static final long serialVersionUID = 1L;

        ParseStats total = ParseStats.empty();
        Instant newestEvent;
        boolean changed;
    }
}
