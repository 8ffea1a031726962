package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The ZooKeeper watcher saw a session state it does not handle ({@code Unhandled ZooKeeper state (<state>) for
 * ZOO_SESSION_EVENT}, LOG(FATAL), up to 0.28).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param state the state as printed
 */
public record ZooKeeperStateUnhandled(Instant time, SourceRef source, String state)
        implements MasterEvent {
    /** Checks the required components. */
    public ZooKeeperStateUnhandled {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
