package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The elected master dropped a message because it has not recovered its registry yet ({@code Dropping
 * '<message>' message since not recovered yet}, VLOG(1), all versions): the window between election and the end of
 * registrar recovery.
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param messageName the protobuf name of the dropped message
 */
public record MessageDroppedNotRecovered(Instant time, SourceRef source, String messageName)
        implements MasterEvent {
    /** Checks the required components. */
    public MessageDroppedNotRecovered {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
