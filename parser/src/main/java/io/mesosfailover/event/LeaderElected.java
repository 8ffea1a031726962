package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * {@code Elected as the leading master!} (ELECT-07).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record LeaderElected(Instant time, SourceRef source) implements MasterEvent {
    /** Checks that the required components are present. */
    public LeaderElected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
