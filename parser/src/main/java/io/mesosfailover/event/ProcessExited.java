package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #processExited}):
 * {@code exitStatus detail=text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param status the exit status, {@code null} when the line has none
 * @param detail the {@code detail} part of the line, {@code null} when the line has none
 */
public record ProcessExited(Instant time, SourceRef source, String status, String detail)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public ProcessExited {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
