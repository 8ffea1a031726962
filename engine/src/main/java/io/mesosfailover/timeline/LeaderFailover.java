package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change of leading master, across the logs of several masters: from the old leader's last sign to the
 * successor's {@code Elected as the leading master!} (the gap), then to its agents re-registered (the recovery).
 *
 * @param id the stable id
 * @param cluster the cluster
 * @param oldLeader the master host that led before, {@code null} when the logs never showed it leading
 * @param lastSign when the old leader was last seen leading (loss of leadership, ZooKeeper session expiry, or its
 *     last line before the election)
 * @param lastSignKind what {@code lastSign} is: {@code leadership-lost}, {@code zoo-keeper-session-expired},
 *     {@code zoo-keeper-connection-lost} or {@code last-line}
 * @param newLeader the master host elected
 * @param electedAt when it logged {@code Elected as the leading master!}
 * @param agentsExpected agents in the recovered registry (M), {@code null} when not logged
 * @param agentsReregistered agents that re-registered with the new leader (N)
 * @param recoveredAt when the last expected agent re-registered, {@code null} when not all did
 * @param lossCause why the old leader died, when its log says: a registrar failure ({@code Failed to remove agent
 *     ... from the registrar: ...}, {@code Registrar aborting: ...}); {@code null} otherwise
 * @param readiness how soon the new leader served agents and frameworks again
 * @param timesWentBack whether a master's clock went back while it was open, or its times are out of order
 */
public record LeaderFailover(String id, String cluster, String oldLeader, Instant lastSign, String lastSignKind,
        String newLeader, Instant electedAt, Long agentsExpected, long agentsReregistered, Instant recoveredAt,
        String lossCause, Readiness readiness,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean timesWentBack) implements Incident {

    /** Checks the components. */
    public LeaderFailover {
        requireNonNull(id, "id is null");
        requireNonNull(cluster, "cluster is null");
        requireNonNull(lastSign, "lastSign is null");
        requireNonNull(lastSignKind, "lastSignKind is null");
        requireNonNull(newLeader, "newLeader is null");
        requireNonNull(electedAt, "electedAt is null");
        requireNonNull(readiness, "readiness is null");
    }

    @Override
    public Instant start() {
        return lastSign;
    }

    @Override
    public Instant end() {
        return electedAt;
    }

    /** @return the leader gap: from the old leader's last sign to the election */
    public Duration gap() {
        return Duration.between(lastSign, electedAt);
    }

    /**
     * @return from the election to the last expected agent re-registered, {@code null} when not all did (or when
     *     that came before the election: times went back)
     */
    public Duration recovery() {
        return recoveredAt == null || recoveredAt.isBefore(electedAt) ? null : Duration.between(electedAt, recoveredAt);
    }

    @Override
    public Map<String, BigDecimal> durationsInSeconds() {
        Map<String, BigDecimal> seconds = new LinkedHashMap<>();
        seconds.put("gap_s", Seconds.of(gap()));
        seconds.put("recovery_s", Seconds.of(recovery()));
        seconds.put("refusing_s", Seconds.of(refusing()));
        seconds.put("allocator_s", Seconds.of(allocatorRecovery()));
        return seconds;
    }

    @Override
    public <R> R accept(IncidentVisitor<R> visitor) {
        return visitor.visitLeaderFailover(this);
    }

    /**
     * @return from the election to the last message the new leader dropped for not being elected or recovered yet
     *     (zero when it dropped them all before its election), {@code null} when it dropped none
     */
    public Duration refusing() {
        Instant until = readiness.refusedUntil();
        return until == null ? null : until.isBefore(electedAt) ? Duration.ZERO : Duration.between(electedAt, until);
    }

    /** @return from the election to the allocator's recovery, {@code null} when not logged (or before it) */
    public Duration allocatorRecovery() {
        Instant at = readiness.allocatorRecoveredAt();
        return at == null || at.isBefore(electedAt) ? null : Duration.between(electedAt, at);
    }

    /**
     * How soon the new leader served agents and frameworks again.
     *
     * @param messagesDropped messages it dropped because it was not elected or not recovered yet ({@code Dropping
     *     '...' message since not elected yet}, {@code ... not recovered yet}), from the old leader's loss on
     * @param refusedUntil the last of them, {@code null} when none
     * @param allocatorRecoveredAt when the allocator was back ({@code Recovery complete: sufficient amount of agents
     *     added}, or {@code Skipping recovery of hierarchical allocator}), {@code null} when not logged
     * @param allocatorRecovery {@code completed} or {@code skipped}, {@code null} when not logged
     * @param frameworksExpected frameworks known before the failover (M), {@code null} when none was
     * @param frameworksResubscribed of those, the ones that re-registered or subscribed again with the new leader (N)
     */
    public record Readiness(long messagesDropped, Instant refusedUntil, Instant allocatorRecoveredAt,
            String allocatorRecovery, Long frameworksExpected, long frameworksResubscribed) {

        /** Nothing logged: no message dropped, no allocator line, no framework known. */
        public static final Readiness NONE = new Readiness(0, null, null, null, null, 0);
    }
}
