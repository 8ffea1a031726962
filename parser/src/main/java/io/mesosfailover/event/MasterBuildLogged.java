package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #masterBuildLogged}):
 * {@code 'Build' ':' buildDate=text 'by' buildUser=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param buildDate the {@code buildDate} part of the line, {@code null} when the line has none
 * @param buildUser the {@code buildUser} part of the line, {@code null} when the line has none
 */
public record MasterBuildLogged(Instant time, SourceRef source, String buildDate, String buildUser)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public MasterBuildLogged {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
