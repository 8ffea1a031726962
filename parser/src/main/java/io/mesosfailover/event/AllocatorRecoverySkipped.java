package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The hierarchical allocator did not wait for agents after a failover ({@code Skipping recovery of
 * hierarchical allocator: nothing to recover} or {@code no reconnecting agents to wait for}, VLOG(1), 0.27 and later).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param reason why, as printed
 */
public record AllocatorRecoverySkipped(Instant time, SourceRef source, String reason)
        implements MasterEvent {
    /** Checks the required components. */
    public AllocatorRecoverySkipped {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
