package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #registryGarbageCollected}):
 * {@code 'Garbage' 'collected' unreachableCount=value 'unreachable' ('and' goneCount=value 'gone')? 'agents' 'from' 'the' 'registry'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param unreachableCount the {@code unreachableCount} part of the line, {@code null} when the line has none
 * @param goneCount the {@code goneCount} part of the line, {@code null} when the line has none
 */
public record RegistryGarbageCollected(Instant time, SourceRef source, Long unreachableCount, Long goneCount)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public RegistryGarbageCollected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
