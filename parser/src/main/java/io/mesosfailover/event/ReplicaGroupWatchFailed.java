package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The replicated log could not watch the ZooKeeper group of its replicas ({@code Failed to watch ZooKeeper
 * group: <error>}, LOG(FATAL)).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param error the error as printed
 */
public record ReplicaGroupWatchFailed(Instant time, SourceRef source, String error)
        implements ReplicatedLogEvent {
    /** Checks the required components. */
    public ReplicaGroupWatchFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
