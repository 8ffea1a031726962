package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #currentLeaderLost}):
 * {@code 'The' 'current' 'leader' '(' 'id' '=' candidateId=value ')' 'is' 'lost'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param candidateId the znode sequence of the candidate, {@code null} when the line has none
 */
public record CurrentLeaderLost(Instant time, SourceRef source, String candidateId)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public CurrentLeaderLost {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
