package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #replicaStatusUpdating}):
 * {@code 'Updating' 'replica' 'status' 'to' status=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param status the exit status, {@code null} when the line has none
 */
public record ReplicaStatusUpdating(Instant time, SourceRef source, String status)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public ReplicaStatusUpdating {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
