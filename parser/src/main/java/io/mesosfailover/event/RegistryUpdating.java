package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #registryUpdating}):
 * {@code ('Applied' operations=value 'operations' 'in' elapsed=value ';' 'attempting' | 'Attempting') 'to' 'update' 'the'? ( '\'' 'registry' '\'' | 'registry' )}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param operations the {@code operations} part of the line, {@code null} when the line has none
 * @param elapsed how long it took, {@code null} when the line has none
 */
public record RegistryUpdating(Instant time, SourceRef source, Long operations, Duration elapsed)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public RegistryUpdating {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
