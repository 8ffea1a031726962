package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master refused a re-registration of an agent for a reason other than its removal (that is {@link
 * AgentReregistrationRefused}): {@code Refusing re-registration of agent <id> at <pid> (<host>): <error>} (1.3+) or
 * {@code ... because the machine '<machine>' that it is running on is `DOWN`} (maintenance, 0.25+).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param reason why, as printed
 */
public record AgentReregistrationRejected(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String reason)
        implements AgentEvent {
    /** Checks the required components. */
    public AgentReregistrationRejected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
