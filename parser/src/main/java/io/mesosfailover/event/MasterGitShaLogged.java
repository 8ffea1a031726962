package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #masterGitShaLogged}):
 * {@code 'Git' 'SHA' ':' gitSha=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param gitSha the {@code gitSha} part of the line, {@code null} when the line has none
 */
public record MasterGitShaLogged(Instant time, SourceRef source, String gitSha)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public MasterGitShaLogged {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
