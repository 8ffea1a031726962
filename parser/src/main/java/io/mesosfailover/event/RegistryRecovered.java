package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The new leader recovered the registry and now waits for agents (REG-06).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentCount agents in the registry
 * @param reregisterTimeout how long it waits for them, {@code null} when not logged
 */
public record RegistryRecovered(Instant time, SourceRef source, int agentCount, Duration reregisterTimeout) implements MasterEvent {
    /** Checks that the required components are present. */
    public RegistryRecovered {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
