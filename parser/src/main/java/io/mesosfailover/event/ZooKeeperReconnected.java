package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The ZooKeeper session came back in time (ZK-01).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record ZooKeeperReconnected(Instant time, SourceRef source) implements MasterEvent {
    /** Checks that the required components are present. */
    public ZooKeeperReconnected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
