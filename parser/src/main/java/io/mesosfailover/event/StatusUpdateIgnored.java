package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master ignored a status update an agent sent, and the agent will retry it: {@code Could not lookup task
 * for status update <update> from agent <agent>}, {@code Ignoring status update <update> from agent <agent> because
 * the framework is unknown} (up to 1.0), {@code Received status update <update> from agent <agent> for an unknown
 * framework} (1.1+), {@code Ignoring status update  from agent <agent>: <error>} (1.2+, an invalid update) and
 * {@code Ignoring out of order status update for task <id> (<latest> -> <state>) of framework <id>} (0.21 to 0.25).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param state the update's task state
 * @param uuid the update's uuid, {@code null} when the line has none
 * @param taskId the task id
 * @param health the health state, {@code null} when the line has none
 * @param frameworkId the framework id
 * @param latestState the task's latest state, for an update out of order
 * @param reason why, as printed, {@code null} when the template says it in fixed words
 */
public record StatusUpdateIgnored(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String state, String uuid, String taskId, String health, String frameworkId, String latestState, String reason)
        implements TaskEvent {
    /** Checks the required components. */
    public StatusUpdateIgnored {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
