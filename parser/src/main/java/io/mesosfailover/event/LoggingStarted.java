package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #loggingStarted}):
 * {@code level=('INFO' | 'WARNING' | 'ERROR') 'level' 'logging' 'started' '!'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param level the {@code level} part of the line, {@code null} when the line has none
 */
public record LoggingStarted(Instant time, SourceRef source, String level)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public LoggingStarted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
