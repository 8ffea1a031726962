package io.mesosfailover.cli.drill;

import io.mesosfailover.timeline.Incident;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The common shape of a verdict: every incident an expectation is about must meet it, and there must be at least so
 * many. A failure is decided by the first incident that fails; a pass by the one nearest to failing.
 *
 * @param <T> the kind of incident judged
 * @param kind the expectation's kind
 * @param expectation the expectation in words
 * @param atLeast how many incidents there must be
 * @param nothing what to say when there are fewer
 */
record Judgement<T extends Incident>(String kind, String expectation, int atLeast, String nothing) {

    /**
     * @param matching the incidents the expectation is about, in time order
     * @param failure why an incident fails, {@code null} when it meets the expectation
     * @param nearest orders incidents from farthest to nearest to failing (the last one decides a pass)
     */
    ExpectationResult judge(List<T> matching, Function<T, String> failure, Comparator<T> nearest) {
        for (T incident : matching) {
            String why = failure.apply(incident);
            if (why != null) {
                return result(false, why, incident);
            }
        }
        if (matching.size() < atLeast) {
            String found = matching.isEmpty() ? "" : " (found " + matching.size() + ")";
            return new ExpectationResult(kind, expectation, false, nothing + found, null, Map.of());
        }
        if (matching.isEmpty()) {
            return new ExpectationResult(kind, expectation, true, nothing + ", as allowed", null, Map.of());
        }
        T decisive = matching.stream().max(nearest).orElseThrow();
        String all = matching.size() == 1 ? "it does" : "all " + matching.size() + " do";
        return result(true, all, decisive);
    }

    private ExpectationResult result(boolean passed, String reason, T incident) {
        return new ExpectationResult(kind, expectation, passed, reason, incident.id(), IncidentFigures.of(incident));
    }

    /** @return how long an incident lasted, until the end of the logs when still open */
    static Duration lasted(Incident incident, Instant lastEvent) {
        Instant end = incident.end() != null ? incident.end() : lastEvent;
        return end.isBefore(incident.start()) ? Duration.ZERO : Duration.between(incident.start(), end);
    }

    /** @return the duration in seconds, for reasons */
    static String seconds(Duration duration) {
        return IncidentFigures.seconds(duration).toPlainString() + " s";
    }
}
