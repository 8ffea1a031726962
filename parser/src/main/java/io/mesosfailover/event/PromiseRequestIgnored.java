package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #promiseRequestIgnored}):
 * {@code 'Replica' 'ignoring' 'promise' 'request' ('from' sender=PID)? 'as' 'it' 'is' 'in' status=value 'status'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param sender the {@code sender} part of the line, {@code null} when the line has none
 * @param status the exit status, {@code null} when the line has none
 */
public record PromiseRequestIgnored(Instant time, SourceRef source, String sender, String status)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public PromiseRequestIgnored {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
