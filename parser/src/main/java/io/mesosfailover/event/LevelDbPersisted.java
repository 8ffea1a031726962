package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #levelDbPersisted}):
 * {@code 'Persisting' what=('metadata' | 'action') '(' size=value 'bytes' ')' 'to' 'leveldb' 'took' elapsed=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param what the {@code what} part of the line, {@code null} when the line has none
 * @param size the {@code size} part of the line, {@code null} when the line has none
 * @param elapsed how long it took, {@code null} when the line has none
 */
public record LevelDbPersisted(Instant time, SourceRef source, String what, String size, Duration elapsed)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public LevelDbPersisted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
