package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #reconciliationPerformed}):
 * {@code 'Performing' kind=('implicit' | 'explicit') 'task' 'state' 'reconciliation' 'for' (taskCount=value 'tasks' 'of')? 'framework' framework}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param kind the {@code kind} part of the line, {@code null} when the line has none
 * @param taskCount the {@code taskCount} part of the line, {@code null} when the line has none
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 */
public record ReconciliationPerformed(Instant time, SourceRef source, String kind, Long taskCount, String frameworkId, String frameworkName, String scheduler)
        implements FrameworkEvent {
    /** Checks the required components and copies the mutable ones. */
    public ReconciliationPerformed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
