package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #sendFailed}):
 * {@code 'Failed' 'to' 'send' '\'' messageName=value '\'' 'to' '\'' peer=hostPort '\'' ',' 'connect' ':' error=text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param messageName the {@code messageName} part of the line, {@code null} when the line has none
 * @param peer the {@code peer} part of the line, {@code null} when the line has none
 * @param error the error as logged, {@code null} when the line has none
 */
public record SendFailed(Instant time, SourceRef source, String messageName, String peer, String error)
        implements NetworkEvent {
    /** Checks the required components and copies the mutable ones. */
    public SendFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
