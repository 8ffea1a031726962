package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master ignored a registration attempt of an agent and will see it again: {@code Ignoring register agent
 * message from <pid> (<host>) as admission is already in progress} (registration in 1.3+), {@code Agent <id> at <pid>
 * (<host>) was assigned an agent ID that already appears in the registry; ignoring registration attempt} (1.1+),
 * {@code Dropping registration of agent at <pid> because it sent an invalid registration: <error>} (1.3+).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param reason why, as printed
 */
public record AgentRegistrationIgnored(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String reason)
        implements AgentEvent {
    /** Checks the required components. */
    public AgentRegistrationIgnored {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
