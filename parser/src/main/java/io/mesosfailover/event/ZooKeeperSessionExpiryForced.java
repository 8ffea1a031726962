package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #zooKeeperSessionExpiryForced}):
 * {@code 'Timed' 'out' 'waiting' 'to' ('reconnect' | 'connect') 'to' 'ZooKeeper.' 'Forcing' 'ZooKeeper' 'session' '(' 'sessionId' '=' sessionId=value ')' 'expiration'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param sessionId the {@code sessionId} part of the line, {@code null} when the line has none
 */
public record ZooKeeperSessionExpiryForced(Instant time, SourceRef source, String sessionId)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public ZooKeeperSessionExpiryForced {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
