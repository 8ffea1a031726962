package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master refused a framework's registration, re-registration or subscription: {@code Refusing
 * (re-)registration of framework ...: <error>}, {@code Refusing subscription of framework '<name>': <error>}, {@code
 * Dropping SUBSCRIBE call for framework '<name>' at <pid>: <error>}, {@code Disallowing subscription attempt of
 * framework <framework> because it is already connected}, {@code Framework '<name>' at <pid> registering with an id!}
 * and the like. The scheduler retries.
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 * @param reason why, as printed
 */
public record FrameworkSubscriptionRefused(Instant time, SourceRef source, String frameworkId, String frameworkName, String scheduler, String reason)
        implements FrameworkEvent {
    /** Checks the required components. */
    public FrameworkSubscriptionRefused {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
