package io.mesosfailover.timeline;

import io.mesosfailover.event.MesosEvent;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the event times of each master of a cluster: a line earlier than the master's previous line is a step
 * back of its clock (a clock set back, a zone's clock change read with one offset, a one-hour jump). Steps are
 * counted, so that what was open when one came can say so ({@link #wentBackSince}); each master's steps are summed
 * up once, as a {@link TimeAnomaly}, however many lines they touched.
 */
final class ClockWatch implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String cluster;
    private final Map<String, Instant> lastByMaster = new HashMap<>();
    private final Map<String, Steps> stepsByMaster = new LinkedHashMap<>();
    private long steps;

    ClockWatch(String cluster) {
        this.cluster = cluster;
    }

    /** Notes the event's time; a time before its master's previous one is a step back. */
    void observe(MesosEvent event) {
        String master = event.source().host();
        Instant time = event.time();
        Instant previous = lastByMaster.put(master, time);
        if (previous != null && time.isBefore(previous)) {
            steps++;
            stepsByMaster.computeIfAbsent(master, name -> new Steps(previous, time)).add(previous, time);
        }
    }

    /** @return a mark to give {@link #wentBackSince} later: the steps back counted so far */
    long mark() {
        return steps;
    }

    /** @return whether a master's clock went back since {@code mark} was taken */
    boolean wentBackSince(long mark) {
        return steps != mark;
    }

    /** @return one summary per master whose clock went back, in the order they first did */
    List<TimeAnomaly> anomalies() {
        List<TimeAnomaly> anomalies = new ArrayList<>(stepsByMaster.size());
        stepsByMaster.forEach((master, seen) -> anomalies.add(new TimeAnomaly(cluster, master, seen.count,
                seen.firstFrom, seen.firstTo, seen.largest)));
        return anomalies;
    }

    /** The steps back of one master: how many, the first, the largest. */
    private static final class Steps implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Instant firstFrom;
        private final Instant firstTo;
        private long count;
        private Duration largest = Duration.ZERO;

        Steps(Instant firstFrom, Instant firstTo) {
            this.firstFrom = firstFrom;
            this.firstTo = firstTo;
        }

        void add(Instant from, Instant to) {
            count++;
            Duration step = Duration.between(to, from);
            if (step.compareTo(largest) > 0) {
                largest = step;
            }
        }
    }
}
