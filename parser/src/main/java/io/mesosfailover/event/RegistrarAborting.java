package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #registrarAborting}):
 * {@code 'Registrar' 'aborting' ':' reason=text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param reason the reason as logged, {@code null} when the line has none
 */
public record RegistrarAborting(Instant time, SourceRef source, String reason)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public RegistrarAborting {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
