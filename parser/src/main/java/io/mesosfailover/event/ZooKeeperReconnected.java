package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #zooKeeperReconnected}):
 * {@code 'Group' 'process' '(' group=PID ')' 'reconnected' 'to' 'ZooKeeper'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param group the {@code group} part of the line, {@code null} when the line has none
 */
public record ZooKeeperReconnected(Instant time, SourceRef source, String group)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public ZooKeeperReconnected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
