package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #authenticationPolicyLogged}):
 * {@code 'Master' policy=('only' | 'allowing') ('allowing' 'authenticated')? ('unauthenticated')? subject=( 'slaves' | 'agents' | 'frameworks' ) 'to' 'register'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param policy the {@code policy} part of the line, {@code null} when the line has none
 * @param subject the {@code subject} part of the line, {@code null} when the line has none
 */
public record AuthenticationPolicyLogged(Instant time, SourceRef source, String policy, String subject)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public AuthenticationPolicyLogged {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
