package io.mesosfailover.timeline;

import io.mesosfailover.event.MesosEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Watches the event times of each master of a cluster: a line earlier than the master's previous line is a step
 * back of its clock (a clock set back, a zone's clock change read with one offset, a one-hour jump). Steps are
 * counted, so that what was open when one came can say so ({@link #wentBackSince}); each master's steps are summed
 * up once, as a {@link TimeAnomaly}, however many lines they touched. It keeps each master's latest line time, which
 * the other trackers read.
 */
final class ClockWatch {

    private static final String CLOCK_STEPS = "clock-steps";

    private final ClusterScope scope;
    private long steps;
    /** The master of the event being applied, and the time of its line before. */
    private String current;
    private Instant previous;

    /** The watch on the masters of the scope's cluster, going on from the steps the state counted so far. */
    ClockWatch(ClusterScope scope) {
        this.scope = scope;
        StateSlots.Count saved = scope.get(StateSlots.COUNT, CLOCK_STEPS);
        this.steps = saved == null ? 0 : saved.value();
    }

    /** Notes the event's time; a time before its master's previous one is a step back. */
    void observe(MesosEvent event) {
        String master = event.source().host();
        Instant time = event.time();
        MasterState known = master(master);
        current = master;
        previous = known == null ? null : known.last();
        MasterState next = known == null ? MasterState.first(time) : known.withLast(time);
        if (previous != null && time.isBefore(previous)) {
            steps++;
            scope.put(StateSlots.COUNT, CLOCK_STEPS, new StateSlots.Count(steps));
            MasterState.ClockSteps before = next.steps() == null
                    ? new MasterState.ClockSteps(0, previous, time, Duration.ZERO, steps) : next.steps();
            next = next.withSteps(before.plus(previous, time));
        }
        scope.put(StateSlots.MASTER, master, next);
    }

    /** @return the master's record, {@code null} before its first line */
    MasterState master(String master) {
        return scope.get(StateSlots.MASTER, master);
    }

    /**
     * @return the time of the master's latest line before the event being applied ({@code orElse} when none): for
     *     the event's own master its previous line, for the others their latest
     */
    Instant lastSeen(String master, Instant orElse) {
        Instant seen = master.equals(current) ? previous : lastLine(master);
        return seen == null ? orElse : seen;
    }

    /** @return the time of the master's latest line, the event being applied included; {@code null} when none */
    Instant lastLine(String master) {
        MasterState known = master(master);
        return known == null ? null : known.last();
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
        List<TimeAnomaly> anomalies = new ArrayList<>();
        List<MasterState.ClockSteps> order = new ArrayList<>();
        scope.forEach(StateSlots.MASTER, (master, known) -> {
            MasterState.ClockSteps seen = known.steps();
            if (seen != null) {
                order.add(seen);
                anomalies.add(new TimeAnomaly(scope.cluster(), master, seen.count(), seen.firstFrom(), seen.firstTo(),
                        seen.largest()));
            }
        });
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            indexes.add(i);
        }
        indexes.sort(Comparator.comparingLong(i -> order.get(i).order()));
        List<TimeAnomaly> sorted = new ArrayList<>(anomalies.size());
        indexes.forEach(i -> sorted.add(anomalies.get(i)));
        return sorted;
    }
}
