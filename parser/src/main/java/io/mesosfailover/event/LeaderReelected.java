package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The leader was re-elected after a ZooKeeper blip (ELECT-08).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record LeaderReelected(Instant time, SourceRef source) implements MasterEvent {
    /** Checks that the required components are present. */
    public LeaderReelected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
