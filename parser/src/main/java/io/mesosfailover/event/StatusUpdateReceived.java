package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An agent sent a status update (TASK-03).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param state the task state such as {@code TASK_RUNNING}
 * @param taskId the task id
 * @param frameworkId the framework id
 * @param agentId the agent id, {@code null} when absent
 * @param agent the agent's host:port, {@code null} when absent
 */
public record StatusUpdateReceived(Instant time, SourceRef source, String state, String taskId, String frameworkId, AgentId agentId, AgentAddress agent) implements TaskEvent {
    /** Checks that the required components are present. */
    public StatusUpdateReceived {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(state, "state is null");
        requireNonNull(taskId, "taskId is null");
        requireNonNull(frameworkId, "frameworkId is null");
    }
}
