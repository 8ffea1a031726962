package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #zooKeeperNodeOperation}):
 * {@code 'Trying' 'to' operation=('create' | 'get' | 'remove') 'path'? '\'' path=value '\'' 'in' 'ZooKeeper'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param operation the {@code operation} part of the line, {@code null} when the line has none
 * @param path the {@code path} part of the line, {@code null} when the line has none
 */
public record ZooKeeperNodeOperation(Instant time, SourceRef source, String operation, String path)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public ZooKeeperNodeOperation {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
