package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An agent re-registers with an id that is in use ({@code Slave at <pid> (<host>) is being allowed to re-register
 * with an already in use id (<id>)}, 0.20).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 */
public record AgentIdReused(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname)
        implements AgentEvent {
    /** Checks the required components. */
    public AgentIdReused {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
