package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentAdded;
import io.mesosfailover.event.AgentAdmitted;
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
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.event.StaleAgentRemoved;
import io.mesosfailover.event.UnreachableTransitionCanceled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Agent failovers and their health-check compliance, per host:port: each agent's {@link AgentState} (slot
 * {@link StateSlots#AGENT}), the host:port each id was last seen with (slot {@link StateSlots#AGENT_ID}), and the
 * events of ids whose host:port is not known yet (slot {@link StateSlots#HELD}).
 */
final class AgentTracker {

    private static final String HEALTH_CHECK = "health check";
    private static final String NEW_REGISTRATION = "new registration from the same pid";
    private static final String HELD_IDS = "held-ids";
    /** The reason of a removal that makes room for a new registration: {@code a new agent registered at ...}. */
    private static final String SAME_ADDRESS = "registered at the same address";
    /** Ids whose events wait for their host:port, at most; more are not tracked (memory stays bounded). */
    static final int MAX_UNRESOLVED_IDS = 10_000;
    /** Events one id holds back, at most. */
    static final int MAX_HELD_PER_ID = 16;

    private final ClusterScope scope;
    private final AgentLossListener listener;

    AgentTracker(ClusterScope scope, AgentLossListener listener) {
        this.scope = scope;
        this.listener = listener;
    }

    /** @return the address an id was last seen with, {@code null} when never */
    ProcessAddress addressOf(AgentId id) {
        if (id == null) {
            return null;
        }
        AgentIdState known = scope.get(StateSlots.AGENT_ID, id.value());
        return known == null ? null : known.address();
    }

    /** @return whether the id's re-registration after a failover was not judged before (it is judged now) */
    boolean judgeReregistration(AgentId id) {
        AgentIdState known = scope.get(StateSlots.AGENT_ID, id.value());
        if (known != null && known.reregisterJudged()) {
            return false;
        }
        scope.put(StateSlots.AGENT_ID, id.value(),
                new AgentIdState(known == null ? null : known.address(), true));
        return true;
    }

    void onEvent(AgentEvent event, Consumer<Incident> out) {
        AgentState agent = resolve(event, out);
        if (agent == null) {
            return;
        }
        AgentState next = onLoss(agent, event, out);
        if (next == null) {
            next = onRemoval(agent, event);
        }
        if (next == null) {
            next = registration(agent, event, out);
        }
        if (next == null) {
            next = agent;
        }
        scope.put(StateSlots.AGENT, next.known().agent().toString(), next);
    }

    /** @return the agent of an event, or {@code null} when its host:port is not known yet (the event waits) */
    private AgentState resolve(AgentEvent event, Consumer<Incident> out) {
        if (event.agent() == null && event.agentId() != null && addressOf(event.agentId()) == null) {
            holdUntilAddressKnown(event);
            return null;
        }
        if (event.agent() != null && event.agentId() != null) {
            HeldEvents held = scope.get(StateSlots.HELD, event.agentId().value());
            if (held != null) {
                scope.remove(StateSlots.HELD, event.agentId().value());
                scope.put(StateSlots.COUNT, HELD_IDS, new StateSlots.Count(heldIds() - 1));
                noteAddress(event.agentId(), event.agent());
                for (MesosEvent earlier : held.events()) {
                    onEvent((AgentEvent) earlier, out);
                }
            }
        }
        return lifecycleOf(event);
    }

    private AgentState onLoss(AgentState agent, AgentEvent event, Consumer<Incident> out) {
        if (event instanceof AgentDisconnected || event instanceof AgentDisconnecting) {
            return loseIfRegistered(agent, event.time(), "disconnected", false, event.source().host());
        } else if (event instanceof AgentDeactivating || event instanceof AgentDeactivated) {
            return loseIfRegistered(agent, event.time(), "deactivated", false, event.source().host());
        } else if (isHealthCheckAction(event)) {
            return healthCheckAction(agent, event, out);
        }
        return null;
    }

    private AgentState onRemoval(AgentState agent, AgentEvent event) {
        String master = event.source().host();
        Instant time = event.time();
        if (event instanceof AgentRemoving agentRemoving) {
            String reason = agentRemoving.reason();
            return removal(agent, time, reason, master, isForNewRegistration(agent, reason));
        } else if (event instanceof AgentRemoved agentRemoved) {
            String reason = agentRemoved.reason();
            return removal(agent, time, reason, master, isForNewRegistration(agent, reason));
        } else if (event instanceof StaleAgentRemoved) {
            return removal(agent, time, NEW_REGISTRATION, master, true);
        } else if (event instanceof AgentMarkedUnreachable agentMarkedUnreachable) {
            AgentState removed = removal(agent, time, agentMarkedUnreachable.reason(), master, false);
            return removed instanceof AgentState.Down down
                    ? down.withFailover(down.failover().withUnreachable(true)) : removed;
        } else if (event instanceof AgentReregistrationRefused || event instanceof AgentReadmissionRefused) {
            return agent instanceof AgentState.Down down && down.failover().refusedAt() == null
                    ? down.withFailover(down.failover().withRefusedAt(time)) : agent;
        } else if (event instanceof AgentHealthCheckActionScheduled) {
            AgentState.Known known = agent.known();
            return agent.withKnown(new AgentState.Known(known.agent(), known.hostname(), known.currentId(), true));
        }
        return admission(agent, event);
    }

    /** @return the agent after a 1.4+ admission step, {@code null} when the event is none */
    private static AgentState admission(AgentState agent, AgentEvent event) {
        Instant time = event.time();
        if (event instanceof AgentRegistryConsulted || event instanceof AgentAdmitted
                || event instanceof AgentReadmitted) {
            boolean consulted = event instanceof AgentRegistryConsulted;
            return agent instanceof AgentState.Down down ? down.admissionStep(time, consulted, !consulted, false)
                    : agent;
        } else if (event instanceof UnreachableTransitionCanceled unreachableTransitionCanceled) {
            String reason = unreachableTransitionCanceled.reason();
            return agent instanceof AgentState.Down down
                    ? down.admissionStep(time, false, false, reason != null && reason.contains("re-registering"))
                    : agent;
        }
        return null;
    }

    /**
     * Lines such as {@code Shutting down slave <id> due to health check timeout} name only the id; when the logs
     * have not yet shown that id's host:port, the event waits for the first line that does (a bounded number).
     */
    private void holdUntilAddressKnown(AgentEvent event) {
        String id = event.agentId().value();
        HeldEvents held = scope.get(StateSlots.HELD, id);
        if (held == null) {
            long ids = heldIds();
            if (ids >= MAX_UNRESOLVED_IDS) {
                return;
            }
            scope.put(StateSlots.COUNT, HELD_IDS, new StateSlots.Count(ids + 1));
            held = new HeldEvents(List.of());
        }
        if (held.events().size() < MAX_HELD_PER_ID) {
            List<MesosEvent> events = new ArrayList<>(held.events());
            events.add(event);
            scope.put(StateSlots.HELD, id, new HeldEvents(events));
        }
    }

    private long heldIds() {
        StateSlots.Count count = scope.get(StateSlots.COUNT, HELD_IDS);
        return count == null ? 0 : count.value();
    }

    private AgentState registration(AgentState agent, AgentEvent event, Consumer<Incident> out) {
        if (event instanceof AgentRegistering) {
            return agent instanceof AgentState.Down down && down.failover().registeringAt() == null
                    ? down.withFailover(down.failover().withRegisteringAt(event.time())) : agent;
        } else if (event instanceof AgentRegistered || event instanceof AgentAdded) {
            return agent instanceof AgentState.Down down
                    ? recover(down, event.time(), down.outcomeOfNewRegistration(), event, out) : agent;
        } else if (event instanceof AgentReregistered) {
            return agent instanceof AgentState.Down down
                    ? recover(down, event.time(), down.outcomeOfReregistration(), event, out) : agent;
        }
        return null;
    }

    private AgentState recover(AgentState.Down agent, Instant time, AgentOutcome outcome, AgentEvent event,
            Consumer<Incident> out) {
        AgentState.Down judged = judgeMissing(agent, time, out);
        listener.recovered(judged.close(scope.cluster(), time, EventJson.typeName(event.getClass()), outcome,
                scope.clock()));
        return new AgentState.Registered(judged.known());
    }

    /**
     * An agent silent past its window without a health-check action: judged when it comes back, or at the end of
     * the input (a late action, while it may still come, is judged late instead).
     */
    private AgentState.Down judgeMissing(AgentState.Down agent, Instant now, Consumer<Incident> out) {
        AgentState.Failover open = agent.failover();
        if (open.estimated() || open.complianceJudged() || agent.removedByMaster()) {
            return agent;
        }
        Instant windowEnd = open.lostAt().plus(scope.policyOf(open.master()).healthCheckLatest());
        if (now == null || now.isAfter(windowEnd)) {
            AgentState.Down judged = agent.withFailover(open.judged());
            out.accept(compliance(judged, null, TimeoutCompliance.Verdict.MISSING));
            return judged;
        }
        return agent;
    }

    /**
     * @return the cluster's agents as of {@code time}: how many are known, down, removed, down past their
     *     health-check window, and the oldest loss
     */
    ClusterState state(String leader, Instant leaderlessSince, Instant time) {
        int[] counts = new int[4];
        Instant[] oldest = {null};
        scope.forEach(StateSlots.AGENT, (address, agent) -> {
            counts[0]++;
            if (agent instanceof AgentState.Down down && down.failover().registeringAt() == null) {
                AgentState.Failover open = down.failover();
                counts[1]++;
                if (down.removal() != null || open.unreachable()) {
                    counts[2]++;
                }
                if (open.lostAt().plus(scope.policyOf(open.master()).healthCheckLatest()).isBefore(time)) {
                    counts[3]++;
                }
                if (oldest[0] == null || open.lostAt().isBefore(oldest[0])) {
                    oldest[0] = open.lostAt();
                }
            }
        });
        return new ClusterState(scope.cluster(), time, counts[0], counts[1], counts[2], counts[3], oldest[0], leader,
                leaderlessSince);
    }

    /**
     * Closes what is still open. An agent whose new registration began but was not confirmed before the input
     * ended ({@code Registering ...} without {@code Registered ...}) counts as back at that line.
     */
    void finish(Consumer<Incident> out) {
        scope.forEach(StateSlots.AGENT, (address, agent) -> {
            if (agent instanceof AgentState.Down lost) {
                AgentState.Down down = judgeMissing(lost, null, out);
                Instant registeringAt = down.failover().registeringAt();
                if (registeringAt != null) {
                    listener.recovered(down.close(scope.cluster(), registeringAt, "agent-registering",
                            down.outcomeOfNewRegistration(), scope.clock()));
                } else {
                    out.accept(down.close(scope.cluster(), null, null, AgentOutcome.NOT_RECOVERED, scope.clock()));
                }
                scope.put(StateSlots.AGENT, address, new AgentState.Registered(down.known()));
            }
        });
    }

    private AgentState loseIfRegistered(AgentState agent, Instant time, String evidence, boolean estimated,
            String master) {
        if (!(agent instanceof AgentState.Registered registered)) {
            return agent;
        }
        AgentState.Lost lost = registered.lose(time, evidence, estimated, master, scope.clock().mark());
        listener.lost(lost);
        return lost;
    }

    private AgentState healthCheckAction(AgentState agent, AgentEvent event, Consumer<Incident> out) {
        String master = event.source().host();
        AgentState.Down down = (AgentState.Down) loseIfRegistered(agent,
                event.time().minus(scope.policyOf(master).healthCheckEarliest()), "health-check", true, master);
        if (!down.failover().estimated() && !down.failover().complianceJudged()) {
            down = down.withFailover(down.failover().judged());
            out.accept(compliance(down, event.time(), null));
        }
        String reason = event instanceof AgentMarkingUnreachable marking ? marking.reason() : "health check timed out";
        AgentState.Removed removed = down.remove(event.time(), reason, false);
        return event instanceof AgentMarkingUnreachable
                ? removed.withFailover(removed.failover().withUnreachable(true)) : removed;
    }

    private TimeoutCompliance compliance(AgentState.Down agent, Instant actedAt, TimeoutCompliance.Verdict given) {
        AgentState.Failover open = agent.failover();
        TimeoutPolicy policy = scope.policyOf(open.master());
        Instant windowStart = open.lostAt().plus(policy.healthCheckEarliest());
        Instant windowEnd = open.lostAt().plus(policy.healthCheckLatest());
        TimeoutCompliance.Verdict verdict = given;
        if (verdict == null) {
            verdict = actedAt.isBefore(windowStart) ? TimeoutCompliance.Verdict.EARLY
                    : actedAt.isAfter(windowEnd) ? TimeoutCompliance.Verdict.LATE : TimeoutCompliance.Verdict.WITHIN;
        }
        AgentState.Known known = agent.known();
        return new TimeoutCompliance(Incident.idOf(TimeoutCompliance.class, known.agent().toString(), open.lostAt()),
                scope.cluster(), TimeoutCompliance.ComplianceCheck.HEALTH_CHECK, known.agent(), known.currentId(),
                open.master(), open.lostAt(), actedAt, windowStart, windowEnd, verdict,
                known.rateLimited() || policy.removalRateLimit() != null, agent.timesWentBack(scope.clock(), actedAt));
    }

    private AgentState removal(AgentState agent, Instant time, String reason, String master,
            boolean forNewRegistration) {
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("unregistered")) {
            return agent;
        }
        AgentState.Down down = (AgentState.Down) loseIfRegistered(agent, time, "removed", false, master);
        return down.remove(time, reason, forNewRegistration);
    }

    /**
     * @return whether a removal line ({@code Removing agent ...}, {@code Removed agent ...}) makes room for a new
     *     registration from the agent's pid: its reason says so (0.23 and later: {@code a new agent registered at the
     *     same address}), or the open failover was already removed for that reason ({@code Removing old disconnected
     *     agent ...}), of which the master's removal lines that follow are part (0.20-0.22 give them no reason)
     */
    private static boolean isForNewRegistration(AgentState agent, String reason) {
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains(SAME_ADDRESS)) {
            return true;
        }
        return agent instanceof AgentState.Down down && down.removal() != null && !down.removal().byMaster();
    }

    private static boolean isHealthCheckAction(AgentEvent event) {
        if (event instanceof AgentHealthCheckTimedOut) {
            return true;
        }
        if (event instanceof AgentShutdownRequested agentShutdownRequested) {
            String message = agentShutdownRequested.message();
            return message != null && message.contains(HEALTH_CHECK);
        }
        if (event instanceof AgentMarkingUnreachable agentMarkingUnreachable) {
            String reason = agentMarkingUnreachable.reason();
            return reason != null && reason.contains(HEALTH_CHECK);
        }
        return false;
    }

    private void noteAddress(AgentId id, ProcessAddress address) {
        AgentIdState known = scope.get(StateSlots.AGENT_ID, id.value());
        if (known == null || !address.equals(known.address())) {
            scope.put(StateSlots.AGENT_ID, id.value(),
                    new AgentIdState(address, known != null && known.reregisterJudged()));
        }
    }

    private AgentState lifecycleOf(AgentEvent event) {
        ProcessAddress address = event.agent();
        if (address != null && event.agentId() != null) {
            noteAddress(event.agentId(), address);
        }
        if (address == null) {
            address = addressOf(event.agentId());
        }
        if (address == null) {
            return null;
        }
        AgentState agent = scope.get(StateSlots.AGENT, address.toString());
        if (agent == null) {
            agent = AgentState.Registered.of(address);
        }
        if (event.hostname() != null && !event.hostname().equals(agent.known().hostname())) {
            AgentState.Known known = agent.known();
            agent = agent.withKnown(new AgentState.Known(known.agent(), event.hostname(), known.currentId(),
                    known.rateLimited()));
        }
        return event.agentId() == null ? agent : agent.withId(event.agentId());
    }

    /**
     * The host:port an agent id was last seen with (slot {@link StateSlots#AGENT_ID}, subject the id).
     *
     * @param address the host:port, {@code null} when no line gave it
     * @param reregisterJudged whether its re-registration after a master failover was judged
     */
    record AgentIdState(ProcessAddress address, boolean reregisterJudged) implements StateRecord {
    }

    /**
     * The events of an id whose host:port is not known yet (slot {@link StateSlots#HELD}, subject the id).
     *
     * @param events the events, in order
     */
    record HeldEvents(List<MesosEvent> events) implements StateRecord {

        /** Copies the list. */
        HeldEvents {
            events = List.copyOf(events);
        }
    }
}
