package io.mesosfailover.timeline;

import java.time.Duration;
import java.time.Instant;

/**
 * Something that happened to the cluster, derived from events: a failover and how it ended. Every incident has a
 * stable id (its kind, its subject and its start), so that the same logs analysed again give the same incidents.
 * Definitions are in {@code docs/incidents.md}.
 */
public sealed interface Incident
        permits AgentFailover, TimeoutCompliance, LeaderFailover, LeaderlessPeriod, RegionOutage, TaskRescheduling {

    /** @return a stable id: kind, subject and start time */
    String id();

    /** @return the cluster the incident happened in */
    String cluster();

    /** @return the kind, as in the JSON {@code kind} property: {@code agent-failover}, ... */
    String kind();

    /** @return when it began */
    Instant start();

    /** @return when it ended, {@code null} while still open at the end of the input */
    Instant end();

    /**
     * @return whether a master's clock went back while it was open, or its times are out of order (its end before
     *     its start): its times and durations are then not to be trusted
     */
    boolean timesWentBack();

    /** @return how long it lasted, {@code null} when open or when its end is before its start (times went back) */
    default Duration duration() {
        return end() == null || end().isBefore(start()) ? null : Duration.between(start(), end());
    }

    /** @return what the visitor gives for this incident's kind */
    <R> R accept(IncidentVisitor<R> visitor);

    /** @return a stable id built from its parts */
    static String idOf(String kind, String subject, Instant start) {
        return kind + "/" + subject + "/" + start;
    }
}
