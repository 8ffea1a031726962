package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #taskStateUpdated}):
 * {@code 'Updating' 'the' 'latest' 'state' 'of' 'task' taskId=value 'of' 'framework' frameworkId=value 'to' latestState=value ( '(' 'status' 'update' 'state' ':' updateState=value ')' )?}<br>
 * {@code 'Updating' 'the' 'state' 'of' 'task' taskId=value 'of' 'framework' frameworkId=value '(' 'latest' 'state' ':' latestState=value ',' 'status' 'update' 'state' ':' updateState=value ')'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param taskId the task id (a task group lists its ids), {@code null} when the line has none
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param latestState the {@code latestState} part of the line, {@code null} when the line has none
 * @param updateState the {@code updateState} part of the line, {@code null} when the line has none
 */
public record TaskStateUpdated(Instant time, SourceRef source, String taskId, String frameworkId, String latestState, String updateState)
        implements TaskEvent {
    /** Checks the required components and copies the mutable ones. */
    public TaskStateUpdated {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
