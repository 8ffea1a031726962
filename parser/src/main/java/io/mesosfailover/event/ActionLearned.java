package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #actionLearned}):
 * {@code 'Replica' 'learned' actionType=value 'action' 'at' 'position' position=value}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param actionType the {@code actionType} part of the line, {@code null} when the line has none
 * @param position the {@code position} part of the line, {@code null} when the line has none
 */
public record ActionLearned(Instant time, SourceRef source, String actionType, String position)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public ActionLearned {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
