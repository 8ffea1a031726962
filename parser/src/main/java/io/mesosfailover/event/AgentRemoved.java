package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #agentRemoved}):
 * {@code 'Removed' agentWord (slave | agentId=value '(' hostname=value? ')') ':' reason=text}<br>
 * {@code 'Removed' agentWord agentId=value '(' hostname=value? ')'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param reason the reason as logged, {@code null} when the line has none
 */
public record AgentRemoved(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String reason)
        implements AgentEvent {
    /** Checks the required components and copies the mutable ones. */
    public AgentRemoved {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
