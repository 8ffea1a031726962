package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #agentHealthCheckActionCanceled}):
 * {@code 'Canceling' action=('shutdown' | 'transition') 'of' agentWord agentId=value ('since' 'a' 'pong' 'is' 'received' | 'to' 'UNREACHABLE' 'because' 'a' 'pong' 'was' 'received') '!'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param action what the master does on a failed health check, {@code null} when the line has none
 */
public record AgentHealthCheckActionCanceled(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, HealthCheckAction action)
        implements AgentEvent {
    /** Checks the required components and copies the mutable ones. */
    public AgentHealthCheckActionCanceled {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
