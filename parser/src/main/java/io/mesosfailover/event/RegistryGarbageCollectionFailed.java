package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An agent could not be dropped from the registry's list of unreachable or gone agents ({@code Failed to
 * garbage collect <id> from the unreachable list}, 1.1 and later).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param list the list, {@code unreachable} or {@code gone}
 */
public record RegistryGarbageCollectionFailed(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String list)
        implements AgentEvent {
    /** Checks the required components. */
    public RegistryGarbageCollectionFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
