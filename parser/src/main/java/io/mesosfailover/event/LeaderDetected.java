package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The detector saw a new leader znode, or none (ELECT-03).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param candidateId the znode sequence, {@code null} for {@code None}
 */
public record LeaderDetected(Instant time, SourceRef source, String candidateId) implements MasterEvent {
    /** Checks that the required components are present. */
    public LeaderDetected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
