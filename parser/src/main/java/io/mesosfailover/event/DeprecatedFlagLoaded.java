package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #deprecatedFlagLoaded}):
 * {@code 'Loaded' 'deprecated' 'flag' '\'' flag=value '\''}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param flag the {@code flag} part of the line, {@code null} when the line has none
 */
public record DeprecatedFlagLoaded(Instant time, SourceRef source, String flag)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public DeprecatedFlagLoaded {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
