package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #registryFetched}):
 * {@code 'Successfully' 'fetched' 'the' 'registry' '(' registrySize=value ')' ('in' elapsed=value)?}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param registrySize the {@code registrySize} part of the line, {@code null} when the line has none
 * @param elapsed how long it took, {@code null} when the line has none
 */
public record RegistryFetched(Instant time, SourceRef source, String registrySize, Duration elapsed)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public RegistryFetched {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
