package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The leader lost leadership and exits (ELECT-10).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param message the exit text as logged
 */
public record LeadershipLost(Instant time, SourceRef source, String message) implements MasterEvent {
    /** Checks that the required components are present. */
    public LeadershipLost {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(message, "message is null");
    }
}
