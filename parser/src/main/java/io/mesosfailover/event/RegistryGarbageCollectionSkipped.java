package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A periodic registry garbage collection found nothing to do ({@code Skipping periodic registry garbage
 * collection: no agents qualify for removal}, VLOG(1), 1.1 and later).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param reason why, as printed
 */
public record RegistryGarbageCollectionSkipped(Instant time, SourceRef source, String reason)
        implements MasterEvent {
    /** Checks the required components. */
    public RegistryGarbageCollectionSkipped {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
