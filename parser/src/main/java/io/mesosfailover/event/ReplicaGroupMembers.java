package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #replicaGroupMembers}):
 * {@code 'ZooKeeper' 'group' 'PIDs' ':' '&#123;' members=text? '&#125;'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param members the {@code members} part of the line, {@code null} when the line has none
 */
public record ReplicaGroupMembers(Instant time, SourceRef source, String members)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public ReplicaGroupMembers {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
