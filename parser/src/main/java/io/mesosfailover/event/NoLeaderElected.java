package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * {@code No master was elected.} (1.6+, ELECT-11).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record NoLeaderElected(Instant time, SourceRef source) implements MasterEvent {
    /** Checks that the required components are present. */
    public NoLeaderElected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
