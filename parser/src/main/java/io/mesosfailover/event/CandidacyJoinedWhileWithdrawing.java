package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The contender joined the masters' ZooKeeper group after it had started to withdraw ({@code Joined group after
 * the contender started withdrawing}).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record CandidacyJoinedWhileWithdrawing(Instant time, SourceRef source)
        implements MasterEvent {
    /** Checks the required components. */
    public CandidacyJoinedWhileWithdrawing {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
