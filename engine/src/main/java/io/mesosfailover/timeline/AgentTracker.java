package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentAddress;
import io.mesosfailover.event.AgentAdmitted;
import io.mesosfailover.event.AgentAdded;
import io.mesosfailover.event.AgentDeactivated;
import io.mesosfailover.event.AgentDeactivating;
import io.mesosfailover.event.AgentDisconnected;
import io.mesosfailover.event.AgentDisconnecting;
import io.mesosfailover.event.AgentEvent;
import io.mesosfailover.event.AgentHealthCheckActionScheduled;
import io.mesosfailover.event.AgentHealthCheckTimedOut;
import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.AgentMarkedUnreachable;
import io.mesosfailover.event.AgentMarkingUnreachable;
import io.mesosfailover.event.AgentReadmissionRefused;
import io.mesosfailover.event.AgentReadmitted;
import io.mesosfailover.event.AgentRegistered;
import io.mesosfailover.event.AgentRegistering;
import io.mesosfailover.event.AgentRegistryConsulted;
import io.mesosfailover.event.AgentRemoved;
import io.mesosfailover.event.AgentRemoving;
import io.mesosfailover.event.AgentReregistered;
import io.mesosfailover.event.AgentReregistrationRefused;
import io.mesosfailover.event.AgentShutdownRequested;
import io.mesosfailover.event.EventJson;
import io.mesosfailover.event.StaleAgentRemoved;
import io.mesosfailover.event.UnreachableTransitionCanceled;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Agent failovers and their health-check compliance, per host:port. */
final class AgentTracker implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String HEALTH_CHECK = "health check";
    private static final String NEW_REGISTRATION = "new registration from the same pid";
    /** Ids whose events wait for their host:port, at most; more are not tracked (memory stays bounded). */
    static final int MAX_UNRESOLVED_IDS = 10_000;
    /** Events one id holds back, at most. */
    static final int MAX_HELD_PER_ID = 16;

    private final String cluster;
    private final TimeoutPolicies policies;
    private final Map<AgentAddress, AgentLifecycle> agents = new HashMap<>();
    private final Map<AgentId, AgentAddress> addressesById = new HashMap<>();
    private final Map<AgentId, java.util.List<AgentEvent>> unresolved = new java.util.LinkedHashMap<>();
    private final AgentLossListener listener;
    private final ClockWatch clock;

    AgentTracker(String cluster, TimeoutPolicies policies, AgentLossListener listener, ClockWatch clock) {
        this.cluster = cluster;
        this.policies = policies;
        this.listener = listener;
        this.clock = clock;
    }

    /** @return the address an id was last seen with, {@code null} when never */
    AgentAddress addressOf(AgentId id) {
        return id == null ? null : addressesById.get(id);
    }

    void onEvent(AgentEvent event, Consumer<Incident> out) {
        AgentLifecycle agent = resolve(event, out);
        if (agent != null && !onLoss(agent, event, out) && !onRemoval(agent, event)) {
            registration(agent, event, out);
        }
    }

    /** @return the agent of an event, or {@code null} when its host:port is not known yet (the event waits) */
    private AgentLifecycle resolve(AgentEvent event, Consumer<Incident> out) {
        if (event.agent() == null && event.agentId() != null && addressOf(event.agentId()) == null) {
            holdUntilAddressKnown(event);
            return null;
        }
        if (event.agent() != null && event.agentId() != null && unresolved.containsKey(event.agentId())) {
            addressesById.put(event.agentId(), event.agent());
            for (AgentEvent earlier : unresolved.remove(event.agentId())) {
                onEvent(earlier, out);
            }
        }
        return lifecycleOf(event);
    }

    private boolean onLoss(AgentLifecycle agent, AgentEvent event, Consumer<Incident> out) {
        if (event instanceof AgentDisconnected || event instanceof AgentDisconnecting) {
            loseIfRegistered(agent, event.time(), "disconnected", false, event.source().host());
        } else if (event instanceof AgentDeactivating || event instanceof AgentDeactivated) {
            loseIfRegistered(agent, event.time(), "deactivated", false, event.source().host());
        } else if (isHealthCheckAction(event)) {
            healthCheckAction(agent, event, out);
        } else {
            return false;
        }
        return true;
    }

    private boolean onRemoval(AgentLifecycle agent, AgentEvent event) {
        String master = event.source().host();
        Instant time = event.time();
        if (event instanceof AgentRemoving) {
            removal(agent, time, ((AgentRemoving) event).reason(), master, false);
        } else if (event instanceof AgentRemoved) {
            removal(agent, time, ((AgentRemoved) event).reason(), master, false);
        } else if (event instanceof StaleAgentRemoved) {
            removal(agent, time, NEW_REGISTRATION, master, true);
        } else if (event instanceof AgentMarkedUnreachable) {
            removal(agent, time, ((AgentMarkedUnreachable) event).reason(), master, false);
            agent.unreachable = agent.isLost() || agent.unreachable;
        } else if (event instanceof AgentReregistrationRefused || event instanceof AgentReadmissionRefused) {
            if (agent.isLost() && agent.refusedAt == null) {
                agent.refusedAt = time;
            }
        } else if (event instanceof AgentHealthCheckActionScheduled) {
            agent.rateLimited = true;
        } else if (event instanceof AgentRegistryConsulted || event instanceof AgentAdmitted
                || event instanceof AgentReadmitted) {
            boolean consulted = event instanceof AgentRegistryConsulted;
            agent.admissionStep(time, consulted, !consulted, false);
        } else if (event instanceof UnreachableTransitionCanceled) {
            String reason = ((UnreachableTransitionCanceled) event).reason();
            agent.admissionStep(time, false, false, reason != null && reason.contains("re-registering"));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Lines such as {@code Shutting down slave <id> due to health check timeout} name only the id; when the logs
     * have not yet shown that id's host:port, the event waits for the first line that does (a bounded number).
     */
    private void holdUntilAddressKnown(AgentEvent event) {
        if (unresolved.size() >= MAX_UNRESOLVED_IDS && !unresolved.containsKey(event.agentId())) {
            return;
        }
        java.util.List<AgentEvent> held = unresolved.computeIfAbsent(event.agentId(), id -> new java.util.ArrayList<>());
        if (held.size() < MAX_HELD_PER_ID) {
            held.add(event);
        }
    }

    private void registration(AgentLifecycle agent, AgentEvent event, Consumer<Incident> out) {
        if (event instanceof AgentRegistering) {
            if (agent.isLost() && agent.registeringAt == null) {
                agent.registeringAt = event.time();
            }
        } else if (event instanceof AgentRegistered || event instanceof AgentAdded) {
            recover(agent, event.time(), agent.outcomeOfNewRegistration(), event, out);
        } else if (event instanceof AgentReregistered) {
            recover(agent, event.time(), agent.outcomeOfReregistration(), event, out);
        }
    }

    private void recover(AgentLifecycle agent, Instant time, AgentOutcome outcome, AgentEvent event, Consumer<Incident> out) {
        if (agent.isLost()) {
            judgeMissing(agent, time, out);
            listener.recovered(agent.close(cluster, time, EventJson.typeName(event.getClass()), outcome, clock));
        }
    }

    /**
     * An agent silent past its window without a health-check action: judged when it comes back, or at the end of
     * the input (a late action, while it may still come, is judged late instead).
     */
    private void judgeMissing(AgentLifecycle agent, Instant now, Consumer<Incident> out) {
        if (agent.estimated || agent.complianceJudged || agent.removedByMaster) {
            return;
        }
        Instant windowEnd = agent.lostAt.plus(policies.of(agent.master).healthCheckLatest());
        if (now == null || now.isAfter(windowEnd)) {
            agent.complianceJudged = true;
            out.accept(compliance(agent, null, TimeoutCompliance.Verdict.MISSING));
        }
    }

    /**
     * Closes what is still open. An agent whose new registration began but was not confirmed before the input
     * ended ({@code Registering ...} without {@code Registered ...}) counts as back at that line.
     */
    /**
     * @return the cluster's agents as of {@code time}: how many are known, down, removed, down past their
     *     health-check window, and the oldest loss
     */
    ClusterState state(String leader, Instant leaderlessSince, Instant time) {
        int down = 0;
        int removed = 0;
        int pastWindow = 0;
        Instant oldest = null;
        for (AgentLifecycle agent : agents.values()) {
            if (agent.isLost() && agent.registeringAt == null) {
                down++;
                if (agent.removedAt != null || agent.unreachable) {
                    removed++;
                }
                if (agent.lostAt.plus(policies.of(agent.master).healthCheckLatest()).isBefore(time)) {
                    pastWindow++;
                }
                if (oldest == null || agent.lostAt.isBefore(oldest)) {
                    oldest = agent.lostAt;
                }
            }
        }
        return new ClusterState(cluster, time, agents.size(), down, removed, pastWindow, oldest, leader,
                leaderlessSince);
    }

    void finish(Consumer<Incident> out) {
        for (AgentLifecycle agent : agents.values()) {
            judgeMissingAtEnd(agent, out);
            if (agent.isLost() && agent.registeringAt != null) {
                listener.recovered(agent.close(cluster, agent.registeringAt, "agent-registering",
                        agent.outcomeOfNewRegistration(), clock));
            } else if (agent.isLost()) {
                out.accept(agent.close(cluster, null, null, AgentOutcome.NOT_RECOVERED, clock));
            }
        }
    }

    private void judgeMissingAtEnd(AgentLifecycle agent, Consumer<Incident> out) {
        if (agent.isLost()) {
            judgeMissing(agent, null, out);
        }
    }

    private void loseIfRegistered(AgentLifecycle agent, Instant time, String evidence, boolean estimated,
            String master) {
        if (agent.isLost()) {
            return;
        }
        agent.lose(time, evidence, estimated, master, clock.mark());
        listener.lost(agent);
    }

    private void healthCheckAction(AgentLifecycle agent, AgentEvent event, Consumer<Incident> out) {
        String master = event.source().host();
        if (!agent.isLost()) {
            loseIfRegistered(agent, event.time().minus(policies.of(master).healthCheckEarliest()), "health-check",
                    true, master);
        }
        if (!agent.estimated && !agent.complianceJudged) {
            agent.complianceJudged = true;
            out.accept(compliance(agent, event.time(), null));
        }
        String reason = event instanceof AgentMarkingUnreachable ? ((AgentMarkingUnreachable) event).reason()
                : "health check timed out";
        agent.remove(event.time(), reason, false);
        agent.unreachable |= event instanceof AgentMarkingUnreachable;
    }

    private TimeoutCompliance compliance(AgentLifecycle agent, Instant actedAt, TimeoutCompliance.Verdict given) {
        TimeoutPolicy policy = policies.of(agent.master);
        Instant windowStart = agent.lostAt.plus(policy.healthCheckEarliest());
        Instant windowEnd = agent.lostAt.plus(policy.healthCheckLatest());
        TimeoutCompliance.Verdict verdict = given;
        if (verdict == null) {
            verdict = actedAt.isBefore(windowStart) ? TimeoutCompliance.Verdict.EARLY
                    : actedAt.isAfter(windowEnd) ? TimeoutCompliance.Verdict.LATE : TimeoutCompliance.Verdict.WITHIN;
        }
        return new TimeoutCompliance(Incident.idOf(TimeoutCompliance.KIND, agent.agent.toString(), agent.lostAt),
                cluster, TimeoutCompliance.ComplianceCheck.HEALTH_CHECK, agent.agent, agent.currentId, agent.master,
                agent.lostAt, actedAt, windowStart, windowEnd, verdict,
                agent.rateLimited || policy.removalRateLimit() != null, agent.timesWentBack(clock, actedAt));
    }

    private void removal(AgentLifecycle agent, Instant time, String reason, String master,
            boolean forNewRegistration) {
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("unregistered")) {
            return;
        }
        if (!agent.isLost()) {
            loseIfRegistered(agent, time, "removed", false, master);
        }
        agent.remove(time, reason, forNewRegistration);
    }

    private static boolean isHealthCheckAction(AgentEvent event) {
        if (event instanceof AgentHealthCheckTimedOut) {
            return true;
        }
        if (event instanceof AgentShutdownRequested) {
            String message = ((AgentShutdownRequested) event).message();
            return message != null && message.contains(HEALTH_CHECK);
        }
        if (event instanceof AgentMarkingUnreachable) {
            String reason = ((AgentMarkingUnreachable) event).reason();
            return reason != null && reason.contains(HEALTH_CHECK);
        }
        return false;
    }

    private AgentLifecycle lifecycleOf(AgentEvent event) {
        AgentAddress address = event.agent();
        if (address != null && event.agentId() != null) {
            addressesById.put(event.agentId(), address);
        }
        if (address == null) {
            address = addressOf(event.agentId());
        }
        if (address == null) {
            return null;
        }
        AgentLifecycle agent = agents.computeIfAbsent(address, AgentLifecycle::new);
        if (event.hostname() != null) {
            agent.hostname = event.hostname();
        }
        agent.noteId(event.agentId());
        return agent;
    }

}
