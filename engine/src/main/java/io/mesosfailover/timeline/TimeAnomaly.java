package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;

/**
 * The lines of one master went back in time, once or more: its clock was set back, it jumped back (an hour, under
 * UTC), or the zone the lines were read in changed its clock (local times that occur twice are read with one
 * offset). The incidents open across a step are marked {@code timesWentBack}; this says once what happened.
 *
 * @param cluster the cluster
 * @param master the master host whose lines went back
 * @param steps how many times a line was earlier than the line before it
 * @param firstFrom the time of the line before the first step
 * @param firstTo the time of the first line that went back
 * @param largestStep the largest step back
 */
public record TimeAnomaly(String cluster, String master, long steps, Instant firstFrom, Instant firstTo,
        Duration largestStep) {

    /** Checks the components. */
    public TimeAnomaly {
        requireNonNull(cluster, "cluster is null");
        requireNonNull(master, "master is null");
        requireNonNull(firstFrom, "firstFrom is null");
        requireNonNull(firstTo, "firstTo is null");
        requireNonNull(largestStep, "largestStep is null");
    }

    /**
     * @param zone the zone the lines were read in
     * @return one sentence for the user: which master, how often, how far, and the likely cause
     */
    public String describe(ZoneId zone) {
        String what = String.format(Locale.ROOT, "the lines of master %s go back in time %d %s, by up to %s s (first"
                + " from %s to %s)", master, steps, steps == 1 ? "time" : "times",
                Seconds.of(largestStep).toPlainString(), firstFrom, firstTo);
        ZoneOffsetTransition change = clockChangeAround(zone);
        String cause = change == null ? "the master's clock was set back, or its lines are out of order"
                : String.format(Locale.ROOT, "the clock change of %s on %s: local times from %s to %s occur twice"
                        + " and are read with one offset", zone, LocalDate.ofInstant(change.getInstant(), zone),
                        change.getDateTimeAfter().toLocalTime(), change.getDateTimeBefore().toLocalTime());
        String scope = cluster.equals("default") ? "" : " of cluster " + cluster;
        return what + scope + ": " + cause + "; the incidents open across it are marked timesWentBack";
    }

    /** @return the zone's clock change back whose repeated hour holds the first step, {@code null} when none does */
    ZoneOffsetTransition clockChangeAround(ZoneId zone) {
        ZoneOffsetTransition change = zone.getRules().nextTransition(firstTo.minus(Duration.ofDays(1)));
        if (change == null || !change.isOverlap()) {
            return null;
        }
        // read with either offset, the repeated local hour lies within one overlap of the change
        Duration overlap = change.getDuration().abs();
        boolean inside = !firstTo.isBefore(change.getInstant().minus(overlap))
                && !firstFrom.isAfter(change.getInstant().plus(overlap));
        return inside ? change : null;
    }
}
