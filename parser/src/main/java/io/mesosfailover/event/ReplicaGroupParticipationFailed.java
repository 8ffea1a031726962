package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #replicaGroupParticipationFailed}):
 * {@code 'Failed' 'to' 'participate' 'in' 'ZooKeeper' 'group' ':' reason=text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param reason the reason as logged, {@code null} when the line has none
 */
public record ReplicaGroupParticipationFailed(Instant time, SourceRef source, String reason)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public ReplicaGroupParticipationFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
