package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #replicaGroupJoining}):
 * {@code 'Attempting' 'to' 'join' 'replica' 'to' 'ZooKeeper' 'group'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record ReplicaGroupJoining(Instant time, SourceRef source)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public ReplicaGroupJoining {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
