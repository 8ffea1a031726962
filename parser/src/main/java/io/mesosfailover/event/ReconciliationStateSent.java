package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master answered a framework's task reconciliation with a task's state ({@code Sending explicit
 * reconciliation state <state> for task <id> of framework <framework>}, {@code implicit}; VLOG(1)).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param kind {@code explicit} or {@code implicit}
 * @param state the task state sent
 * @param taskId the task id
 * @param frameworkId the framework id
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 */
public record ReconciliationStateSent(Instant time, SourceRef source, String kind, String state, String taskId, String frameworkId, String frameworkName, String scheduler)
        implements TaskEvent {
    /** Checks the required components. */
    public ReconciliationStateSent {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
