package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #statusUpdateReceived}):
 * {@code 'Status' 'update' statusUpdate 'from' agentWord slave}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param state the task state, such as TASK_LOST, {@code null} when the line has none
 * @param uuid the status update uuid, {@code null} when the line has none
 * @param taskId the task id (a task group lists its ids), {@code null} when the line has none
 * @param health the task health, when reported, {@code null} when the line has none
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 */
public record StatusUpdateReceived(Instant time, SourceRef source, String state, String uuid, String taskId, String health, String frameworkId, AgentId agentId, ProcessAddress agent, String hostname)
        implements TaskEvent {
    /** Checks the required components and copies the mutable ones. */
    public StatusUpdateReceived {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
