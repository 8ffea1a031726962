package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #allocatorSelected}):
 * {@code 'Using' '\'' allocator=value '\'' 'allocator'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param allocator the {@code allocator} part of the line, {@code null} when the line has none
 */
public record AllocatorSelected(Instant time, SourceRef source, String allocator)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public AllocatorSelected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
