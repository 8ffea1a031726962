package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mesosfailover.event.ProcessAddress;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Whether the master acted on a silent agent within the timeouts it logged at start-up.
 *
 * @param id the stable id
 * @param cluster the cluster
 * @param check which timeout is judged
 * @param agent the agent's host:port, {@code null} when the logs never showed it
 * @param agentId the agent's id at the time
 * @param master the master host that acted (or should have)
 * @param silentSince when the agent went silent (first evidence), or when the new leader was elected
 * @param actedAt when the master acted, {@code null} when it did not ({@link Verdict#MISSING})
 * @param windowStart the earliest compliant action time
 * @param windowEnd the latest compliant action time
 * @param verdict the verdict
 * @param rateLimited whether the master logged an agent removal rate limit (which can delay the action)
 * @param timesWentBack whether a master's clock went back while it was open, or its times are out of order
 */
public record TimeoutCompliance(String id, String cluster, ComplianceCheck check, ProcessAddress agent,
        io.mesosfailover.event.AgentId agentId, String master,
        Instant silentSince, Instant actedAt, Instant windowStart, Instant windowEnd, Verdict verdict,
        boolean rateLimited, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean timesWentBack) implements Incident {

    /** Checks the components. */
    public TimeoutCompliance {
        requireNonNull(id, "id is null");
        requireNonNull(cluster, "cluster is null");
        requireNonNull(check, "check is null");
        requireNonNull(silentSince, "silentSince is null");
        requireNonNull(windowStart, "windowStart is null");
        requireNonNull(windowEnd, "windowEnd is null");
        requireNonNull(verdict, "verdict is null");
    }

    @Override
    public Instant start() {
        return silentSince;
    }

    @Override
    public Instant end() {
        return actedAt;
    }

    /** @return how long after the agent went silent the master acted, {@code null} when it did not */
    public Duration elapsed() {
        return duration();
    }

    /** Which timeout a compliance verdict judges. */
    public enum ComplianceCheck {
        /** {@code agent_ping_timeout} x {@code max_agent_ping_timeouts}: the health check of a silent agent. */
        HEALTH_CHECK,
        /** {@code agent_reregister_timeout}: agents that do not re-register after a master failover. */
        REREGISTER_AFTER_FAILOVER
    }

    /** The verdicts. */
    public enum Verdict {
        /** The action came inside the window. */
        WITHIN,
        /** The action came before the window opened. */
        EARLY,
        /** The action came after the window closed. */
        LATE,
        /** The window closed (and the input went on) without an action. */
        MISSING
    }

    @Override
    public Map<String, BigDecimal> durationsInSeconds() {
        return Seconds.named("elapsed_s", elapsed());
    }

    @Override
    public <R> R accept(IncidentVisitor<R> visitor) {
        return visitor.visitTimeoutCompliance(this);
    }
}
