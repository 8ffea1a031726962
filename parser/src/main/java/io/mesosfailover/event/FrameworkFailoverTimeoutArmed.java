package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #frameworkFailoverTimeoutArmed}):
 * {@code 'Giving' 'framework' framework failoverTimeout=value 'to' 'failover'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 * @param failoverTimeout the failover timeout granted, {@code null} when the line has none
 */
public record FrameworkFailoverTimeoutArmed(Instant time, SourceRef source, String frameworkId, String frameworkName, String scheduler, Duration failoverTimeout)
        implements FrameworkEvent {
    /** Checks the required components and copies the mutable ones. */
    public FrameworkFailoverTimeoutArmed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
