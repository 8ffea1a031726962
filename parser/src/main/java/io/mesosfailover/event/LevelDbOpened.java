package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #levelDbOpened}):
 * {@code 'Opened' 'db' 'in' elapsed=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param elapsed how long it took, {@code null} when the line has none
 */
public record LevelDbOpened(Instant time, SourceRef source, Duration elapsed)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public LevelDbOpened {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
