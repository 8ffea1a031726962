package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #frameworkSubscribing}):
 * {@code 'Subscribing' 'framework' ('\'' frameworkName=nameText '\'' | frameworkName=nameText) 'with' 'checkpointing' checkpointing=value 'and' 'capabilities' '[' capabilities=text? ']'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param checkpointing the {@code checkpointing} part of the line, {@code null} when the line has none
 * @param capabilities the {@code capabilities} part of the line, {@code null} when the line has none
 */
public record FrameworkSubscribing(Instant time, SourceRef source, String frameworkName, String checkpointing, String capabilities)
        implements FrameworkEvent {
    /** Checks the required components and copies the mutable ones. */
    public FrameworkSubscribing {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
