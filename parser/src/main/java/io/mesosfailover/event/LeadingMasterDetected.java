package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The detector fetched the leading master's info (ELECT-05).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param leader the leader's host:port
 */
public record LeadingMasterDetected(Instant time, SourceRef source, MasterAddress leader) implements MasterEvent {
    /** Checks that the required components are present. */
    public LeadingMasterDetected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(leader, "leader is null");
    }
}
