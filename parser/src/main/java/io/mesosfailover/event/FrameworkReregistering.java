package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #frameworkReregistering}):
 * {@code 'Re-registering' 'framework' framework ('with' 'checkpointing' checkpointing=value 'and' 'capabilities' '[' capabilities=text? ']')?}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 * @param checkpointing the {@code checkpointing} part of the line, {@code null} when the line has none
 * @param capabilities the {@code capabilities} part of the line, {@code null} when the line has none
 */
public record FrameworkReregistering(Instant time, SourceRef source, String frameworkId, String frameworkName, String scheduler, String checkpointing, String capabilities)
        implements FrameworkSubscription {
    /** Checks the required components and copies the mutable ones. */
    public FrameworkReregistering {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
