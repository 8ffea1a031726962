package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The ZooKeeper client could not be created ({@code Failed to create ZooKeeper, zookeeper_init: <error>},
 * LOG(FATAL)).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param error the error as printed
 */
public record ZooKeeperInitFailed(Instant time, SourceRef source, String error)
        implements MasterEvent {
    /** Checks the required components. */
    public ZooKeeperInitFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
