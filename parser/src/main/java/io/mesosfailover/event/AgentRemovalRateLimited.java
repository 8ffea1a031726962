package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #agentRemovalRateLimited}):
 * {@code ('Slave' | 'Agent') 'removal' 'is' 'rate' 'limited' 'to' rateLimit=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param rateLimit the {@code rateLimit} part of the line, {@code null} when the line has none
 */
public record AgentRemovalRateLimited(Instant time, SourceRef source, String rateLimit)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public AgentRemovalRateLimited {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
