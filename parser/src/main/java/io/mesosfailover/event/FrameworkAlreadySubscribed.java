package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A framework that is already registered subscribed again from the same scheduler, and the master only
 * resent its acknowledgement ({@code Framework <framework> already subscribed, resending acknowledgement}; {@code
 * already registered} before 0.24). Schedulers do this after a master failover.
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkId the framework id
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 */
public record FrameworkAlreadySubscribed(Instant time, SourceRef source, String frameworkId, String frameworkName, String scheduler)
        implements FrameworkSubscription {
    /** Checks the required components. */
    public FrameworkAlreadySubscribed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
