package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The ZooKeeper connection broke (ZK-03).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record ZooKeeperConnectionLost(Instant time, SourceRef source) implements MasterEvent {
    /** Checks that the required components are present. */
    public ZooKeeperConnectionLost {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
