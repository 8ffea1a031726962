package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #promiseRequestReceived}):
 * {@code 'Replica' 'received' kind=('implicit' | 'explicit') 'promise' 'request' ('from' sender=PID)? ('for' 'position' position=value)? 'with' 'proposal' proposal=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param kind the {@code kind} part of the line, {@code null} when the line has none
 * @param sender the {@code sender} part of the line, {@code null} when the line has none
 * @param position the {@code position} part of the line, {@code null} when the line has none
 * @param proposal the {@code proposal} part of the line, {@code null} when the line has none
 */
public record PromiseRequestReceived(Instant time, SourceRef source, String kind, String sender, String position, String proposal)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public PromiseRequestReceived {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
