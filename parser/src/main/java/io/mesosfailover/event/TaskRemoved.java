package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #taskRemoved}):
 * {@code 'Removing' 'task' taskId=value ('with' 'resources' resources=text)? 'of' 'framework' frameworkId=value ('on' agentWord slave | 'and' 'slave' agentId=value) ('in' 'non-terminal' 'state' state=value | 'in' 'non-removable' 'state' state=value)?}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param taskId the task id (a task group lists its ids), {@code null} when the line has none
 * @param resources the resources as text, {@code null} when the line has none
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param state the task state, such as TASK_LOST, {@code null} when the line has none
 */
public record TaskRemoved(Instant time, SourceRef source, String taskId, String resources, String frameworkId, AgentId agentId, ProcessAddress agent, String hostname, String state)
        implements TaskEvent {
    /** Checks the required components and copies the mutable ones. */
    public TaskRemoved {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
