package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A replica could not delete truncated positions from its LevelDB store and goes on ({@code Ignoring leveldb
 * batch delete failure: <error>}).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param error the error as printed
 */
public record LevelDbDeleteFailed(Instant time, SourceRef source, String error)
        implements ReplicatedLogEvent {
    /** Checks the required components. */
    public LevelDbDeleteFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
