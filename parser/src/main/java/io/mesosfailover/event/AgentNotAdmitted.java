package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The registrar did not admit a registering agent, and the master asks it to shut down ({@code Agent <id> at
 * <pid> (<host>) was not admitted, asking to shut down}, 0.20 to 1.0).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 */
public record AgentNotAdmitted(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname)
        implements AgentEvent {
    /** Checks the required components. */
    public AgentNotAdmitted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
