package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One loss of an agent, followed by its host:port across id changes.
 *
 * @param id the stable id
 * @param cluster the cluster
 * @param agent the agent's host:port
 * @param hostname the agent's hostname as the master printed it, {@code null} when never printed
 * @param master the master host that saw it
 * @param agentIds every id the agent had during the incident, in order
 * @param lostAt first evidence of the loss, or the health-check action minus the configured timeout
 * @param lostEvidence what {@code lostAt} is taken from: {@code disconnected}, {@code deactivated},
 *     {@code health-check} (estimated) or another event type
 * @param estimated whether {@code lostAt} is estimated from the timeout rather than seen
 * @param removedAt when the master removed the agent or marked it unreachable, {@code null} if it did not
 * @param removalReason the reason as logged (or {@code new registration from the same pid}), {@code null} if none
 * @param reregistrationRefusedAt when the master refused the removed agent's return, {@code null} if it did not
 * @param recoveredAt the Registered or Re-registered line for the same host:port, {@code null} while open
 * @param recoveredBy the event type that ended it ({@code agent-registered}, {@code agent-reregistered}, or
 *     {@code agent-registering} when the input ends before the registration is confirmed)
 * @param outcome how it ended
 * @param admission the 1.4+ admission steps of its return, {@code null} when the master logged none
 * @param timesWentBack whether a master's clock went back while it was open, or its times are out of order
 */
public record AgentFailover(String id, String cluster, ProcessAddress agent, String hostname, String master,
        List<AgentId> agentIds, Instant lostAt, String lostEvidence, boolean estimated, Instant removedAt,
        String removalReason, Instant reregistrationRefusedAt, Instant recoveredAt, String recoveredBy,
        AgentOutcome outcome, Admission admission, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean timesWentBack) implements Incident {

    /** Checks and copies. */
    public AgentFailover {
        requireNonNull(id, "id is null");
        requireNonNull(cluster, "cluster is null");
        requireNonNull(agent, "agent is null");
        requireNonNull(lostAt, "lostAt is null");
        requireNonNull(outcome, "outcome is null");
        agentIds = List.copyOf(agentIds);
        if (recoveredAt != null && recoveredAt.isBefore(lostAt) && !timesWentBack) {
            throw new IllegalArgumentException("recovered before lost, times not marked as gone back: " + recoveredAt
                    + " < " + lostAt);
        }
    }

    @Override
    public Instant start() {
        return lostAt;
    }

    @Override
    public Instant end() {
        return recoveredAt;
    }

    /** @return the downtime, from {@code lostAt} to {@code recoveredAt}; {@code null} while open */
    public Duration downtime() {
        return duration();
    }

    @Override
    public Map<String, BigDecimal> durationsInSeconds() {
        return Seconds.named("downtime_s", downtime());
    }

    @Override
    public <R> R accept(IncidentVisitor<R> visitor) {
        return visitor.visitAgentFailover(this);
    }

    /**
     * The steps a 1.4+ master logs while it lets an agent back in.
     *
     * @param registryConsultedAt {@code Consulting registry about agent ...}, {@code null} when not logged
     * @param admittedAt {@code Admitted agent ...} or {@code Re-admitted agent ...}, {@code null} when not logged
     * @param transitionCanceledAt {@code Canceling transition of agent ... to unreachable because it is
     *     re-registering}: the health check's removal did not happen, {@code null} when not logged
     */
    public record Admission(Instant registryConsultedAt, Instant admittedAt, Instant transitionCanceledAt) {
    }
}
