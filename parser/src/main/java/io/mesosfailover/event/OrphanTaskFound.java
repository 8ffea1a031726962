package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #orphanTaskFound}):
 * {@code 'Possibly' 'orphaned' 'task' taskId=value 'of' 'framework' frameworkId=value 'running' 'on' agentWord slave}<br>
 * {@code 'Task' taskId=value 'of' 'framework' frameworkId=value 'unknown' 'to' 'the' 'agent' slave 'during' 're-registration' ':' 'reconciling' 'with' 'the' 'agent'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param taskId the task id (a task group lists its ids), {@code null} when the line has none
 * @param frameworkId the framework id, {@code null} when the line has none
 */
public record OrphanTaskFound(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String taskId, String frameworkId)
        implements AgentEvent {
    /** Checks the required components and copies the mutable ones. */
    public OrphanTaskFound {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
