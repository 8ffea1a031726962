package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #registryUpdated}):
 * {@code 'Successfully' 'updated' 'the'? ('\'' 'registry' '\'' | 'registry') ('in' elapsed=value)?}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param elapsed how long it took, {@code null} when the line has none
 */
public record RegistryUpdated(Instant time, SourceRef source, Duration elapsed)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public RegistryUpdated {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
