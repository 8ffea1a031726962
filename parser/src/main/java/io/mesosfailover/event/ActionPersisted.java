package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A replica wrote an action of the replicated log to disk ({@code Persisted action at <position>} up to 1.0,
 * {@code Persisted action <type> at position <position>} from 1.1, VLOG(1)).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param actionType the action's type (NOP, APPEND, TRUNCATE), {@code null} before 1.1
 * @param position the log position
 */
public record ActionPersisted(Instant time, SourceRef source, String actionType, String position)
        implements ReplicatedLogEvent {
    /** Checks the required components. */
    public ActionPersisted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
