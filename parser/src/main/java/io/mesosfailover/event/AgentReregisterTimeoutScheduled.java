package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #agentReregisterTimeoutScheduled}):
 * {@code 'Scheduling' 'removal' 'of' 'agent' slave ';' 'did' 'not' ('re-register' | 'reregister') 'within' reregisterTimeout=value 'after' 'disconnecting'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param reregisterTimeout how long agents may take to re-register, {@code null} when the line has none
 */
public record AgentReregisterTimeoutScheduled(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, Duration reregisterTimeout)
        implements AgentEvent {
    /** Checks the required components and copies the mutable ones. */
    public AgentReregisterTimeoutScheduled {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
