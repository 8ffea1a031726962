package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #zooKeeperGroupSyncing}):
 * {@code 'Syncing' 'group' 'operations' ':' text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record ZooKeeperGroupSyncing(Instant time, SourceRef source)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public ZooKeeperGroupSyncing {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
