package io.mesosfailover.event;

import java.time.Instant;

/**
 * A fact read from one Mesos master log line. Every event carries its event time (from the log, to the
 * microsecond) and its {@link SourceRef}, so that it can be traced back to the line it came from.
 *
 * <p>The hierarchy is sealed: {@link EventJson} registers every permitted record under a stable JSON type
 * name, and code that dispatches on events sees a new kind at compile time.
 */
public sealed interface MesosEvent
        permits AgentEvent, MasterEvent, FrameworkEvent, TaskEvent, ReplicatedLogEvent, NetworkEvent, KnownTemplate,
            Unrecognized {

    /** @return the event time taken from the log line */
    Instant time();

    /** @return where the line came from: cluster, host, file and line number */
    SourceRef source();
}
