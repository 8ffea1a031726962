package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A master that is not the leader dropped a message sent to it ({@code Dropping '<message>' message since not
 * elected yet}, VLOG(1), all versions): agents and frameworks still address it while the election is undecided or
 * after it lost leadership.
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param messageName the protobuf name of the dropped message, such as {@code mesos.internal.ReregisterSlaveMessage}
 */
public record MessageDroppedNotElected(Instant time, SourceRef source, String messageName)
        implements MasterEvent {
    /** Checks the required components. */
    public MessageDroppedNotElected {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
