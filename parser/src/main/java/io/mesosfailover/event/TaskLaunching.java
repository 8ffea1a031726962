package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master launches a task on an agent (TASK-02).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param taskId the task id
 * @param frameworkId the framework id
 * @param agentId the agent id
 * @param agent the agent's host:port, {@code null} when absent
 * @param resources the resources as text, {@code null} when absent
 */
public record TaskLaunching(Instant time, SourceRef source, String taskId, String frameworkId, AgentId agentId, AgentAddress agent, String resources) implements TaskEvent {
    /** Checks that the required components are present. */
    public TaskLaunching {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(taskId, "taskId is null");
        requireNonNull(frameworkId, "frameworkId is null");
        requireNonNull(agentId, "agentId is null");
    }
}
