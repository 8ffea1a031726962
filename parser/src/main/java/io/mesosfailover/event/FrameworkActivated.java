package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #frameworkActivated}):
 * {@code 'Activated' 'framework' frameworkId=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkId the framework id, {@code null} when the line has none
 */
public record FrameworkActivated(Instant time, SourceRef source, String frameworkId)
        implements FrameworkEvent {
    /** Checks the required components and copies the mutable ones. */
    public FrameworkActivated {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
