package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #frameworkAdded}):
 * {@code 'Added' 'framework' frameworkId=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkId the framework id, {@code null} when the line has none
 */
public record FrameworkAdded(Instant time, SourceRef source, String frameworkId)
        implements FrameworkSubscription {
    /** Checks the required components and copies the mutable ones. */
    public FrameworkAdded {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
