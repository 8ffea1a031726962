package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master ignored an agent's request to unregister ({@code Ignoring unregister agent message from <pid>
 * because it is not the agent <pid>} or {@code ... for unknown agent}).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param reason why, as printed
 */
public record AgentUnregistrationIgnored(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String reason)
        implements AgentEvent {
    /** Checks the required components. */
    public AgentUnregistrationIgnored {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
