package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #leadershipLost}):
 * {@code exitStatus? 'Lost' ('leadership...' | 'candidacy' 'as' 'a' 'leader...' | 'leadership' 'after' 'indecisive' 'election...') 'committing' 'suicide' '!'}<br>
 * {@code exitStatus? 'Conceded' 'leadership' 'to' 'another' 'master...' 'committing' 'suicide' '!'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param status the exit status, {@code null} when the line has none
 */
public record LeadershipLost(Instant time, SourceRef source, String status)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public LeadershipLost {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
