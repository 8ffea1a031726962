package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #promisePersisted}):
 * {@code 'Persisted' 'promised' 'to' proposal=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param proposal the {@code proposal} part of the line, {@code null} when the line has none
 */
public record PromisePersisted(Instant time, SourceRef source, String proposal)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public PromisePersisted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
