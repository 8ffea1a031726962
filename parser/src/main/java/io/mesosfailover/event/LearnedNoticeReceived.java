package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #learnedNoticeReceived}):
 * {@code 'Replica' 'received' 'learned' 'notice' 'for' 'position' position=value 'from' sender=PID}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param position the {@code position} part of the line, {@code null} when the line has none
 * @param sender the {@code sender} part of the line, {@code null} when the line has none
 */
public record LearnedNoticeReceived(Instant time, SourceRef source, String position, String sender)
        implements ReplicatedLogEvent {
    /** Checks the required components and copies the mutable ones. */
    public LearnedNoticeReceived {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
