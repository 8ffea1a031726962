package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #masterStarted}):
 * {@code 'Master' masterId=value '(' hostname=value? ')' 'started' 'on' address=hostPort}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param masterId the master id, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param address the host:port the master listens on, {@code null} when the line has none
 */
public record MasterStarted(Instant time, SourceRef source, String masterId, String hostname, ProcessAddress address)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public MasterStarted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
