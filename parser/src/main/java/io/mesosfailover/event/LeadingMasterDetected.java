package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #leadingMasterDetected}):
 * {@code 'A' 'new' 'leading' 'master' '(' 'UPID' '=' leader=PID ')' 'is' 'detected'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param leader the leading master's host:port, {@code null} when the line has none
 */
public record LeadingMasterDetected(Instant time, SourceRef source, ProcessAddress leader)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public LeadingMasterDetected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
