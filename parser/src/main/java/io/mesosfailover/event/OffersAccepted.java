package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The master logged one of these (grammar label {@code #offersAccepted}):
 * {@code 'Processing' ('reply' | 'ACCEPT' 'call') 'for' 'offers' ':' '[' offerIds=text ']' 'on' agentWord slave 'for' 'framework' framework}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param offerIds the {@code offerIds} part of the line, {@code null} when the line has none
 * @param agentId the agent id, {@code null} when the line has none
 * @param agent the agent's host:port, from its pid, {@code null} when the line has none
 * @param hostname the hostname as printed, {@code null} when the line has none
 * @param frameworkId the framework id, {@code null} when the line has none
 * @param frameworkName the framework name, {@code null} when the line has none
 * @param scheduler the scheduler's pid, {@code null} when the line has none
 */
public record OffersAccepted(Instant time, SourceRef source, String offerIds, AgentId agentId, ProcessAddress agent, String hostname, String frameworkId, String frameworkName, String scheduler)
        implements TaskEvent {
    /** Checks the required components and copies the mutable ones. */
    public OffersAccepted {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
    }
}
