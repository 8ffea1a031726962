package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The contender was asked to withdraw before it had its candidacy ({@code Withdraw requested before the
 * candidacy is obtained; will withdraw after it happens}).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record CandidacyWithdrawalDeferred(Instant time, SourceRef source)
        implements MasterEvent {
    /** Checks the required components. */
    public CandidacyWithdrawalDeferred {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
