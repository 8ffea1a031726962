package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master dropped an invalid re-registration of an agent ({@code Dropping re-registration of agent at <pid>
 * because it sent an invalid re-registration: <error>}, 1.3 and later).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param reason why, as printed
 */
public record AgentReregistrationIgnored(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String reason)
        implements AgentEvent {
    /** Checks the required components. */
    public AgentReregistrationIgnored {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
