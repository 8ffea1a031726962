package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master is deactivating the agent (AG-13, {@code Deactivating slave}).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line does not name it
 * @param agent the agent's host:port taken from its pid, {@code null} when the line does not name it
 * @param hostname the agent's hostname as the master printed it, {@code null} when absent
 */
public record AgentDeactivating(Instant time, SourceRef source, AgentId agentId, AgentAddress agent, String hostname) implements AgentEvent {
    /** Checks that the required components are present. */
    public AgentDeactivating {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
