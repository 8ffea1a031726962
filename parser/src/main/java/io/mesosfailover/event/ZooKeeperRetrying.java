package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #zooKeeperRetrying}):
 * {@code 'zookeeper_init' 'failed' ':' error=text ';' 'retrying' 'in' '1' 'second'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param error the error as logged, {@code null} when the line has none
 */
public record ZooKeeperRetrying(Instant time, SourceRef source, String error)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public ZooKeeperRetrying {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
