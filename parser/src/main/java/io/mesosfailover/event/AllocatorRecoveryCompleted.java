package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The hierarchical allocator ended its recovery because enough agents came back ({@code Recovery complete:
 * sufficient amount of agents added; <n> agents known to the allocator}, VLOG(1), 0.27 and later): offers resume.
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentCount how many agents the allocator knows
 */
public record AllocatorRecoveryCompleted(Instant time, SourceRef source, Long agentCount)
        implements MasterEvent {
    /** Checks the required components. */
    public AllocatorRecoveryCompleted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
