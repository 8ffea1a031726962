package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #agentHealthCheckTimedOut}):
 * {@code 'Shutting' 'down' agentWord agentId=value 'due' 'to' 'health' 'check' 'timeout'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 */
public record AgentHealthCheckTimedOut(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname)
        implements AgentEvent {
    /** Checks the required components and copies the mutable ones. */
    public AgentHealthCheckTimedOut {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
