package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #taskKillImpossible}):
 * {@code 'Cannot' 'kill' 'task' taskId=value 'of' 'framework' framework 'because' reason=text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param taskId the task id (a task group lists its ids), {@code null} when the line has none
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 * @param reason the reason as logged, {@code null} when the line has none
 */
public record TaskKillImpossible(Instant time, SourceRef source, String taskId, String frameworkId, String frameworkName, String scheduler, String reason)
        implements TaskEvent {
    /** Checks the required components and copies the mutable ones. */
    public TaskKillImpossible {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
