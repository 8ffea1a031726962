package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #agentStatusUpdateIgnored}):
 * {@code 'Ignoring' 'status' 'update' statusUpdate 'from' origin=('removed' | 'unknown') agentWord agent=PID 'with' 'id' agentId=value (';' 'asking' agentWord 'to' 'shutdown')?}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param state the task state, such as TASK_LOST, {@code null} when the line has none
 * @param uuid the status update uuid, {@code null} when the line has none
 * @param taskId the task id (a task group lists its ids), {@code null} when the line has none
 * @param health the task health, when reported, {@code null} when the line has none
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param origin the {@code origin} part of the line, {@code null} when the line has none
 */
public record AgentStatusUpdateIgnored(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String state, String uuid, String taskId, String health, String frameworkId, String origin)
        implements AgentEvent {
    /** Checks the required components and copies the mutable ones. */
    public AgentStatusUpdateIgnored {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
