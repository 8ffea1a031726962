package io.mesosfailover.timeline;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to the cluster, derived from events: a failover and how it ended. Every incident has a
 * stable id (its kind, its subject and its start), so that the same logs analysed again give the same incidents.
 * Definitions are in {@code docs/incidents.md}.
 *
 * <p>Its JSON (the schema of {@code analyze --format json} and of {@code mesos.incidents}) is the databind of the
 * record: {@code kind} first, then the record's components in order, then {@link #durationsInSeconds()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = Incident.KIND_PROPERTY)
@JsonSubTypes({
    @JsonSubTypes.Type(value = AgentFailover.class, name = "agent-failover"),
    @JsonSubTypes.Type(value = TimeoutCompliance.class, name = "timeout-compliance"),
    @JsonSubTypes.Type(value = LeaderFailover.class, name = "leader-failover"),
    @JsonSubTypes.Type(value = LeaderlessPeriod.class, name = "leaderless-period"),
    @JsonSubTypes.Type(value = RegionOutage.class, name = "region-outage"),
    @JsonSubTypes.Type(value = TaskRescheduling.class, name = "task-rescheduling")})
public sealed interface Incident
        permits AgentFailover, TimeoutCompliance, LeaderFailover, LeaderlessPeriod, RegionOutage, TaskRescheduling {

    /** The JSON property that holds the kind. */
    String KIND_PROPERTY = "kind";

    /** @return a stable id: kind, subject and start time */
    String id();

    /** @return the cluster the incident happened in */
    String cluster();

    /** @return the kind, as in the JSON {@code kind} property (its name in {@link JsonSubTypes} above) */
    default String kind() {
        return kindOf(getClass());
    }

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

    /**
     * @return its durations in seconds ({@link Seconds#of}), in the order the JSON gives them after the components:
     *     {@code downtime_s}, {@code elapsed_s}, {@code gap_s}, {@code recovery_s}, {@code refusing_s},
     *     {@code allocator_s}, {@code duration_s}; {@code null} (and JSON {@code null}) when not known. Unless the
     *     kind says otherwise, its {@link #duration()} as {@code duration_s}.
     */
    @JsonAnyGetter
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
    default Map<String, BigDecimal> durationsInSeconds() {
        return Seconds.named("duration_s", duration());
    }

    /** @return what the visitor gives for this incident's kind */
    <R> R accept(IncidentVisitor<R> visitor);

    /** @return a stable id built from its parts: the name of the kind, the subject and the start */
    static String idOf(Class<? extends Incident> kind, String subject, Instant start) {
        return kindOf(kind) + "/" + subject + "/" + start;
    }

    /** @return the name of a kind of incident, as in the JSON {@code kind} property */
    static String kindOf(Class<? extends Incident> kind) {
        return IncidentKinds.of(kind);
    }
}
