package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentAddress;
import io.mesosfailover.event.AgentId;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine knows of one agent (one host:port) and of its open failover, if any.
 *
 * <pre>
 *   registered --disconnect/deactivate--> lost --health check / removal--> removed (or unreachable)
 *       ^                                   |                                  |
 *       |                                   +--re-registered (same id)---------+--registered (new id)
 *       +-----------------------------------------------------------------------------------+
 *   an open failover ends with the Registered or Re-registered line; at the end of the input it stays
 *   not recovered.
 * </pre>
 */
final class AgentLifecycle implements Serializable {

    private static final long serialVersionUID = 1L;

    final AgentAddress agent;
    String hostname;
    AgentId currentId;
    boolean rateLimited;

    // The open failover; lostAt == null when the agent is not lost.
    Instant lostAt;
    String lostEvidence;
    boolean estimated;
    String master;
    List<AgentId> incidentIds = new ArrayList<>();
    Instant removedAt;
    String removalReason;
    /** Whether the master removed it other than to make room for a new registration from its pid (a reboot). */
    boolean removedByMaster;
    boolean unreachable;
    Instant refusedAt;
    Instant registeringAt;
    boolean complianceJudged;
    /** The clock watch's mark when the failover opened. */
    long lossMark;
    Instant registryConsultedAt;
    Instant admittedAt;
    Instant transitionCanceledAt;

    AgentLifecycle(AgentAddress agent) {
        this.agent = agent;
    }

    boolean isLost() {
        return lostAt != null;
    }

    void lose(Instant time, String evidence, boolean isEstimated, String observer, long clockMark) {
        lostAt = time;
        lossMark = clockMark;
        lostEvidence = evidence;
        estimated = isEstimated;
        master = observer;
        incidentIds = new ArrayList<>();
        if (currentId != null) {
            incidentIds.add(currentId);
        }
        removedAt = null;
        removalReason = null;
        removedByMaster = false;
        unreachable = false;
        refusedAt = null;
        registeringAt = null;
        complianceJudged = false;
        registryConsultedAt = null;
        admittedAt = null;
        transitionCanceledAt = null;
    }

    void noteId(AgentId id) {
        if (id == null) {
            return;
        }
        currentId = id;
        if (isLost() && !incidentIds.contains(id)) {
            incidentIds.add(id);
        }
    }

    /**
     * @param forNewRegistration whether the master dropped the old registration because the same pid registers
     *     anew ({@code Removing old disconnected agent ... because a registration attempt ...}): a reboot, which
     *     leaves the outcome {@link AgentOutcome#REPLACED}
     */
    void remove(Instant time, String reason, boolean forNewRegistration) {
        if (removedAt == null) {
            removedAt = time;
        }
        if (removalReason == null) {
            removalReason = reason;
        }
        removedByMaster |= !forNewRegistration;
    }

    /**
     * Notes a 1.4+ admission step of the open failover (the first of each kind).
     *
     * @param canceled whether the step cancels the health check's transition to unreachable
     */
    void admissionStep(Instant time, boolean consulted, boolean admitted, boolean canceled) {
        if (!isLost()) {
            return;
        }
        if (consulted && registryConsultedAt == null) {
            registryConsultedAt = time;
        }
        if (admitted && admittedAt == null) {
            admittedAt = time;
        }
        if (canceled && transitionCanceledAt == null) {
            transitionCanceledAt = time;
            unreachable = false;
            removedByMaster = false;
        }
    }

    private AgentFailover.Admission admission() {
        boolean none = registryConsultedAt == null && admittedAt == null && transitionCanceledAt == null;
        return none ? null : new AgentFailover.Admission(registryConsultedAt, admittedAt, transitionCanceledAt);
    }

    /** @return how a failover ends with a new registration (a new id) */
    AgentOutcome outcomeOfNewRegistration() {
        return removedByMaster ? AgentOutcome.REMOVED_THEN_REJOINED : AgentOutcome.REPLACED;
    }

    /** @return how a failover ends with a re-registration (the old id) */
    AgentOutcome outcomeOfReregistration() {
        return unreachable ? AgentOutcome.UNREACHABLE_THEN_REREGISTERED
                : removedByMaster ? AgentOutcome.REMOVED_THEN_REJOINED : AgentOutcome.REREGISTERED;
    }

    /** @return whether a clock went back since the loss, or {@code time} (when given) is before the loss */
    boolean timesWentBack(ClockWatch clock, Instant time) {
        return clock.wentBackSince(lossMark) || time != null && time.isBefore(lostAt);
    }

    AgentFailover close(String cluster, Instant recoveredAt, String recoveredBy, AgentOutcome outcome,
            ClockWatch clock) {
        boolean timesWentBack = timesWentBack(clock, recoveredAt) || timesWentBack(clock, removedAt)
                || timesWentBack(clock, refusedAt);
        AgentFailover failover = new AgentFailover(Incident.idOf(AgentFailover.KIND, agent.toString(), lostAt), cluster,
                agent, hostname, master, incidentIds, lostAt, lostEvidence, estimated, removedAt, removalReason,
                refusedAt, recoveredAt, recoveredBy, outcome, admission(), timesWentBack);
        lostAt = null;
        return failover;
    }
}
