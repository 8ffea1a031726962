package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #frameworkRegistrationRequested}):
 * {@code 'Received' ('registration' 'request' ('for' 'framework' '\'' frameworkName=nameText '\'' 'at')? 'from'? | 'SUBSCRIBE' 'call' 'for' 'framework' '\'' frameworkName=nameText '\'' 'at') scheduler=PID}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 */
public record FrameworkRegistrationRequested(Instant time, SourceRef source, String frameworkName, String scheduler)
        implements FrameworkEvent {
    /** Checks the required components and copies the mutable ones. */
    public FrameworkRegistrationRequested {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
