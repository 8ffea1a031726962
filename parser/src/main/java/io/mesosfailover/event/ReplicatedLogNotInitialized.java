package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #replicatedLogNotInitialized}):
 * {@code '----------------------------------------------------' 'Replicated' 'log' 'has' 'not' 'been' 'initialized.' text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 */
public record ReplicatedLogNotInitialized(Instant time, SourceRef source)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public ReplicatedLogNotInitialized {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
