package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The leader detector could not watch the ZooKeeper group of masters ({@code Failed to watch memberships:
 * <error>}, all versions): the master no longer learns who leads until the watch is set again.
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param error the error as printed
 */
public record MembershipWatchFailed(Instant time, SourceRef source, String error)
        implements MasterEvent {
    /** Checks the required components. */
    public MembershipWatchFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
