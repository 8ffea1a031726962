package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #registryRecovered}):
 * {@code 'Recovered' agentCount=value ('slaves' | 'agents') 'from' 'the' ('Registry' | 'registry') '(' registrySize=value ')' ';' 'allowing' reregisterTimeout=value 'for' ('slaves' | 'agents') 'to' ('re-register' | 'reregister')}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param agentCount how many agents, {@code null} when the line has none
 * @param registrySize the {@code registrySize} part of the line, {@code null} when the line has none
 * @param reregisterTimeout how long agents may take to re-register, {@code null} when the line has none
 */
public record RegistryRecovered(Instant time, SourceRef source, Long agentCount, String registrySize, Duration reregisterTimeout)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public RegistryRecovered {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
