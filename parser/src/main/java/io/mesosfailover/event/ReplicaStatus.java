package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #replicaStatus}):
 * {@code 'Replica' 'is' 'in' status=value 'status'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param status the exit status, {@code null} when the line has none
 */
public record ReplicaStatus(Instant time, SourceRef source, String status)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public ReplicaStatus {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
