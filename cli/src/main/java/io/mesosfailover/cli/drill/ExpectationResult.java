package io.mesosfailover.cli.drill;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdict on one expectation of a drill.
 *
 * @param kind the expectation's kind, as the drill file names it ({@code agent-failover}, ...)
 * @param expectation the expectation in words
 * @param passed whether the cluster did what was expected
 * @param reason why, in words
 * @param incident the id of the incident that decided it, {@code null} when none did (nothing matched)
 * @param figures that incident's figures ({@code downtime_s}, {@code outcome}, ...), empty when none did
 */
public record ExpectationResult(String kind, String expectation, boolean passed, String reason, String incident,
        Map<String, Object> figures) {

    /** Checks and copies. */
    public ExpectationResult {
        requireNonNull(kind, "kind is null");
        requireNonNull(expectation, "expectation is null");
        requireNonNull(reason, "reason is null");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
