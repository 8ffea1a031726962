package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A line of the ZooKeeper C client on the master's stderr
 * ({@code 2015-05-02 17:00:26,123:5669(0x7f2b):ZOO_INFO@check_events@1703: ...}).
 *
 * @param time the time the client printed (it carries its own date)
 * @param source where the line came from
 * @param level the client's level: ERROR, WARN, INFO or DEBUG
 * @param function the client function that logged
 * @param message the text after the client's prefix
 */
public record ZooKeeperClientLogged(Instant time, SourceRef source, String level, String function, String message)
        implements MasterEvent {
    /** Checks the required components. */
    public ZooKeeperClientLogged {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(level, "level is null");
        requireNonNull(message, "message is null");
    }
}
