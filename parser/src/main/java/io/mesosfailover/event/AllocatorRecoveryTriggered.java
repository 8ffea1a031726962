package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #allocatorRecoveryTriggered}):
 * {@code 'Triggered' 'allocator' 'recovery' ':' 'waiting' 'for' agentCount=value ('slaves' | 'agents') 'to' 'reconnect' 'or' recoveryTimeout=value 'to' 'pass'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentCount how many agents, {@code null} when the line has none
 * @param recoveryTimeout the {@code recoveryTimeout} part of the line, {@code null} when the line has none
 */
public record AllocatorRecoveryTriggered(Instant time, SourceRef source, Long agentCount, Duration recoveryTimeout)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public AllocatorRecoveryTriggered {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
