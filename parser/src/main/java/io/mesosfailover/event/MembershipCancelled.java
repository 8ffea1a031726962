package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #membershipCancelled}):
 * {@code 'Membership' 'cancelled' ':' sequence=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param sequence the {@code sequence} part of the line, {@code null} when the line has none
 */
public record MembershipCancelled(Instant time, SourceRef source, String sequence)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public MembershipCancelled {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
