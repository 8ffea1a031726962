package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #staleAgentRemoved}):
 * {@code 'Removing' 'old' 'disconnected' agentWord slave 'because' 'a' 'registration' 'attempt' ('is' 'being' 'made' 'from' newAgent=PID | 'occurred')}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param newAgent the {@code newAgent} part of the line, {@code null} when the line has none
 */
public record StaleAgentRemoved(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, ProcessAddress newAgent)
        implements AgentEvent {
    /** Checks the required components and copies the mutable ones. */
    public StaleAgentRemoved {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
