package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master process is terminating (START-10).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param reason the reason as logged, {@code null} when absent
 */
public record MasterTerminating(Instant time, SourceRef source, String reason) implements MasterEvent {
    /** Checks that the required components are present. */
    public MasterTerminating {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
