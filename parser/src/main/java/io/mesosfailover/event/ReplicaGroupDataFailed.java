package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #replicaGroupDataFailed}):
 * {@code 'Failed' 'to' 'get' 'data' 'for' 'ZooKeeper' 'group' 'members' ':' error=text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param error the error as logged, {@code null} when the line has none
 */
public record ReplicaGroupDataFailed(Instant time, SourceRef source, String error)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public ReplicaGroupDataFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
