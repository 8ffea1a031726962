package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #recoveryRemovalLimitExceeded}):
 * {@code exitStatus? 'Post-recovery' ('slave' | 'agent') 'removal' 'limit' 'exceeded' '!' details=text}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param status the exit status, {@code null} when the line has none
 * @param details the {@code details} part of the line, {@code null} when the line has none
 */
public record RecoveryRemovalLimitExceeded(Instant time, SourceRef source, String status, String details)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public RecoveryRemovalLimitExceeded {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
