package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A line with a valid glog prefix whose message matches no known template. It is kept (time, source and text)
 * and counted, never dropped.
 *
 * @param time the event time from the prefix
 * @param source where the line came from
 * @param severity the glog severity
 * @param location the {@code file:line} of the prefix, {@code null} when the line had none
 * @param message the message text after the prefix
 */
public record Unrecognized(Instant time, SourceRef source, Severity severity, String location, String message)
        implements MesosEvent {
    /** Checks the required components. */
    public Unrecognized {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(message, "message is null");
    }
}
