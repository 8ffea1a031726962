package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #catchUpTimedOut}):
 * {@code 'Unable' 'to' 'catch-up' 'position' position=value 'in' timeout=value ',' 'retrying'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param position the {@code position} part of the line, {@code null} when the line has none
 * @param timeout the {@code timeout} part of the line, {@code null} when the line has none
 */
public record CatchUpTimedOut(Instant time, SourceRef source, String position, Duration timeout)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public CatchUpTimedOut {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
