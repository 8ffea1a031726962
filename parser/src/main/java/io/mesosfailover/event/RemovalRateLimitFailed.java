package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The rate limiter of agent removals failed after a failover, and with it the leading master ({@code Agent removal
 * rate limit acquisition failed: <error>}, {@code Slave removal ...} before 1.0; LOG(FATAL)).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param error the failure as printed ({@code discarded} when it was discarded)
 */
public record RemovalRateLimitFailed(Instant time, SourceRef source, String error)
        implements MasterEvent {
    /** Checks the required components. */
    public RemovalRateLimitFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
