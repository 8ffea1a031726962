package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged its id and address at start-up (START-05).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param masterId the master id
 * @param hostname the master's hostname
 * @param address the host:port it listens on
 */
public record MasterStarted(Instant time, SourceRef source, String masterId, String hostname, MasterAddress address) implements MasterEvent {
    /** Checks that the required components are present. */
    public MasterStarted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(masterId, "masterId is null");
        requireNonNull(hostname, "hostname is null");
        requireNonNull(address, "address is null");
    }
}
