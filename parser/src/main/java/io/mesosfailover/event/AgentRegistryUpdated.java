package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The registry holds a re-registered agent's new information ({@code Registry updated for slave <id> at
 * <pid>(<host>)}, VLOG(1), 1.5 and later).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 */
public record AgentRegistryUpdated(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname)
        implements AgentEvent {
    /** Checks the required components. */
    public AgentRegistryUpdated {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
