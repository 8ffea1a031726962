package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #logRequestAborted}):
 * {@code 'Aborting' kind=('explicit' | 'implicit' | 'write') ('promise')? 'request' 'because' ignores=value 'ignores' 'received'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param kind the {@code kind} part of the line, {@code null} when the line has none
 * @param ignores the {@code ignores} part of the line, {@code null} when the line has none
 */
public record LogRequestAborted(Instant time, SourceRef source, String kind, Long ignores)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public LogRequestAborted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
