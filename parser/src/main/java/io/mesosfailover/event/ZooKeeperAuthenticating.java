package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #zooKeeperAuthenticating}):
 * {@code 'Authenticating' 'with' 'ZooKeeper' 'using' scheme=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param scheme the {@code scheme} part of the line, {@code null} when the line has none
 */
public record ZooKeeperAuthenticating(Instant time, SourceRef source, String scheme)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public ZooKeeperAuthenticating {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
