package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #masterVersionLogged}):
 * {@code 'Version' ':' version=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param version the {@code version} part of the line, {@code null} when the line has none
 */
public record MasterVersionLogged(Instant time, SourceRef source, String version)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public MasterVersionLogged {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
