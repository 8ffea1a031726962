package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #newLeaderAnnounced}):
 * {@code 'The' 'newly' 'elected' 'leader' 'is' (leader=PID 'with' 'id' masterId=value | 'None')}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param leader the leading master's host:port, {@code null} when the line has none
 * @param masterId the master id, {@code null} when the line has none
 */
public record NewLeaderAnnounced(Instant time, SourceRef source, ProcessAddress leader, String masterId)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public NewLeaderAnnounced {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
