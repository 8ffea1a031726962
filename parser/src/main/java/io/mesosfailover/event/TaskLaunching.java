package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #taskLaunching}):
 * {@code 'Launching' 'task' ('group' '&#123;' taskId=text '&#125;' | taskId=text) 'of' 'framework' framework 'with' 'resources' resources=text 'on' agentWord slave ( 'on' executor=('new' | 'existing') 'executor' )?}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param taskId the task id (a task group lists its ids), {@code null} when the line has none
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 * @param resources the resources as text, {@code null} when the line has none
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param executor the {@code executor} part of the line, {@code null} when the line has none
 */
public record TaskLaunching(Instant time, SourceRef source, String taskId, String frameworkId, String frameworkName, String scheduler, String resources, AgentId agentId, ProcessAddress agent, String hostname, String executor)
        implements TaskEvent {
    /** Checks the required components and copies the mutable ones. */
    public TaskLaunching {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
