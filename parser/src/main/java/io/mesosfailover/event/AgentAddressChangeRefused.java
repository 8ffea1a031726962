package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #agentAddressChangeRefused}):
 * {@code agentTitle agentId=value 'at' agent=PID '(' hostname=value? ')' 'attempted' 'to' ('re-register' | 'reregister') 'with' 'different' 'IP' '/' 'hostname' ';' 'expected' expectedAddress=value '(' expectedHostname=value? ')' 'shutting' 'it' 'down'}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param expectedAddress the {@code expectedAddress} part of the line, {@code null} when the line has none
 * @param expectedHostname the {@code expectedHostname} part of the line, {@code null} when the line has none
 */
public record AgentAddressChangeRefused(Instant time, SourceRef source, AgentId agentId, ProcessAddress agent, String hostname, String expectedAddress, String expectedHostname)
        implements AgentEvent {
    /** Checks the required components and copies the mutable ones. */
    public AgentAddressChangeRefused {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
