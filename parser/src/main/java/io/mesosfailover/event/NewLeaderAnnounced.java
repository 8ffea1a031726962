package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * {@code The newly elected leader is ...} (ELECT-06).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param leader the leader's host:port
 * @param masterId the leader's master id
 */
public record NewLeaderAnnounced(Instant time, SourceRef source, MasterAddress leader, String masterId) implements MasterEvent {
    /** Checks that the required components are present. */
    public NewLeaderAnnounced {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(leader, "leader is null");
        requireNonNull(masterId, "masterId is null");
    }
}
