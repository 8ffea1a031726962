package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master itself sent a status update such as {@code TASK_LOST} (TASK-05).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param state the task state
 * @param taskId the task id
 * @param frameworkId the framework id
 * @param message the message, {@code null} when absent
 */
public record StatusUpdateSent(Instant time, SourceRef source, String state, String taskId, String frameworkId, String message) implements TaskEvent {
    /** Checks that the required components are present. */
    public StatusUpdateSent {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(state, "state is null");
        requireNonNull(taskId, "taskId is null");
        requireNonNull(frameworkId, "frameworkId is null");
    }
}
