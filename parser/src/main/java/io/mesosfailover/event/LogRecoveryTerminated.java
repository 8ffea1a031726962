package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The replicated log's recovery process ended before it had recovered the log ({@code Recover process
 * terminated}).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record LogRecoveryTerminated(Instant time, SourceRef source)
        implements ReplicatedLogEvent {
    /** Checks the required components. */
    public LogRecoveryTerminated {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
