package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master canceled marking an agent unreachable, for a reason other than a finished re-registration (that is
 * {@link RecoveredAgentRemovalCanceled}): {@code Canceling transition of agent <id> (<host>) to unreachable because
 * it is re-registering} (1.2 to 1.5, after a failover), {@code ... because the agent has been marked gone} or
 * {@code ... because an agent gone operation is in progress} (1.5).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param reason the reason as printed, after {@code because}
 */
public record UnreachableTransitionCanceled(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String reason)
        implements AgentEvent {
    /** Checks the required components. */
    public UnreachableTransitionCanceled {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
