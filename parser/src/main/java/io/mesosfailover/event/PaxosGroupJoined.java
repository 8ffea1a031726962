package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #paxosGroupJoined}):
 * {@code 'Successfully' 'joined' 'the' 'Paxos' 'group'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record PaxosGroupJoined(Instant time, SourceRef source)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public PaxosGroupJoined {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
