package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #masterGitTagLogged}):
 * {@code 'Git' 'tag' ':' gitTag=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param gitTag the {@code gitTag} part of the line, {@code null} when the line has none
 */
public record MasterGitTagLogged(Instant time, SourceRef source, String gitTag)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public MasterGitTagLogged {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
