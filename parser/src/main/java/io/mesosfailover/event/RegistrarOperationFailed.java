package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An update of the registry about an agent failed, and with it the leading master (LOG(FATAL) or the
 * {@code fail} callback): {@code Failed to admit agent ...}, {@code Failed to readmit ...}, {@code Failed to remove
 * agent ... from the registrar}, {@code Failed to mark agent ... unreachable in the registry}, {@code Failed to mark
 * agent ... as gone in the registry}, {@code Failed to update registry for agent ...}. The line is the reason the
 * leader died.
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param operation which registry operation failed
 * @param error the registrar's error as printed
 */
public record RegistrarOperationFailed(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, RegistryOperation operation, String error)
        implements AgentEvent {
    /** Checks the required components. */
    public RegistrarOperationFailed {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
