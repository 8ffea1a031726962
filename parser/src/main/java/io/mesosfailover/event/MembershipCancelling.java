package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #membershipCancelling}):
 * {@code 'Now' 'cancelling' 'the' 'membership' ':' sequence=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param sequence the {@code sequence} part of the line, {@code null} when the line has none
 */
public record MembershipCancelling(Instant time, SourceRef source, String sequence)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public MembershipCancelling {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
