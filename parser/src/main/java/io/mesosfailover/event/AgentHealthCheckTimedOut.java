package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The health check (ping) timed out and the master acts (AG-18.1).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line does not name it
 * @param agent the agent's host:port taken from its pid, {@code null} when the line does not name it
 * @param hostname the agent's hostname as the master printed it, {@code null} when absent
 * @param action what the master does
 */
public record AgentHealthCheckTimedOut(Instant time, SourceRef source, AgentId agentId, AgentAddress agent, String hostname, HealthCheckAction action) implements AgentEvent {
    /** Checks that the required components are present. */
    public AgentHealthCheckTimedOut {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(action, "action is null");
    }
}
