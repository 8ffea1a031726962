package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A re-registering framework's FrameworkInfo was updated ({@code Updating info for framework <id>}, 0.23 to 1.4).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkId the framework id
 */
public record FrameworkInfoUpdated(Instant time, SourceRef source, String frameworkId)
        implements FrameworkEvent {
    /** Checks the required components. */
    public FrameworkInfoUpdated {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
