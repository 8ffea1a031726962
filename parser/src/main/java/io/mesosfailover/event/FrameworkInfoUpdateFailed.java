package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A re-subscribing framework's new FrameworkInfo was not taken ({@code Could not update FrameworkInfo of framework
 * '<name>': <error>}, 1.2 to 1.8).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param frameworkName the framework name
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 * @param error the error as printed
 */
public record FrameworkInfoUpdateFailed(Instant time, SourceRef source, String frameworkId, String frameworkName, String scheduler, String error)
        implements FrameworkEvent {
    /** Checks the required components. */
    public FrameworkInfoUpdateFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
