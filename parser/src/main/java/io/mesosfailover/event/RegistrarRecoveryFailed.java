package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #registrarRecoveryFailed}):
 * {@code 'Recovery' 'failed' ':' failure=text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param failure the {@code failure} part of the line, {@code null} when the line has none
 */
public record RegistrarRecoveryFailed(Instant time, SourceRef source, String failure)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public RegistrarRecoveryFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
