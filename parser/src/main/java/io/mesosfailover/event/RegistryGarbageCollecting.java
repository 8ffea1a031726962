package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master starts to remove unreachable (and gone) agents from the registry ({@code Attempting to remove
 * <n> unreachable [and <m> gone] agents from the registry}, VLOG(1), 1.1 and later).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param unreachableCount how many unreachable agents
 * @param goneCount how many gone agents, {@code null} before 1.5
 */
public record RegistryGarbageCollecting(Instant time, SourceRef source, Long unreachableCount, Long goneCount)
        implements MasterEvent {
    /** Checks the required components. */
    public RegistryGarbageCollecting {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
