package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #frameworkFailoverTimeoutInvalid}):
 * {@code 'Using' 'the' 'default' 'value' 'for' '\'' 'failover_timeout' '\'' ('becausethe' | 'because' 'the') 'input' 'value' 'is' 'invalid' ':' error=text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param error the error as logged, {@code null} when the line has none
 */
public record FrameworkFailoverTimeoutInvalid(Instant time, SourceRef source, String error)
        implements FrameworkEvent {
    /** Checks the required components and copies the mutable ones. */
    public FrameworkFailoverTimeoutInvalid {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
