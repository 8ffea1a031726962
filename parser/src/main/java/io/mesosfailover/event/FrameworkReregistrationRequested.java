package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #frameworkReregistrationRequested}):
 * {@code 'Received' 're-registration' 'request' 'from' 'framework' framework}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 */
public record FrameworkReregistrationRequested(Instant time, SourceRef source, String frameworkId, String frameworkName, String scheduler)
        implements FrameworkSubscription {
    /** Checks the required components and copies the mutable ones. */
    public FrameworkReregistrationRequested {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
