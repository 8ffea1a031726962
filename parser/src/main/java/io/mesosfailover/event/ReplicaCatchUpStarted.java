package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #replicaCatchUpStarted}):
 * {@code 'Starting' 'catch-up' 'from' 'position' begin=value 'to' end=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param begin the {@code begin} part of the line, {@code null} when the line has none
 * @param end the {@code end} part of the line, {@code null} when the line has none
 */
public record ReplicaCatchUpStarted(Instant time, SourceRef source, String begin, String end)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public ReplicaCatchUpStarted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
