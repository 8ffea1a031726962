package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #contenderFailed}):
 * {@code exitStatus? 'Failed' 'to' ('contend' | 'watch' 'for' 'candidacy') ':' error=text}<br>
 * {@code exitStatus? 'Failed' 'to' 'detect' 'the' 'leading' 'master' ':' error=text ';' 'committing' 'suicide' '!'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param status the exit status, {@code null} when the line has none
 * @param error the error as logged, {@code null} when the line has none
 */
public record ContenderFailed(Instant time, SourceRef source, String status, String error)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public ContenderFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
