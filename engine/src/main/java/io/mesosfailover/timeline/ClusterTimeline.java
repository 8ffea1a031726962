package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentEvent;
import io.mesosfailover.event.AgentMarkedUnreachable;
import io.mesosfailover.event.FlagsLogged;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.event.RecoveredAgentRemovalScheduled;
import io.mesosfailover.event.RecoveredAgentReregisterTimedOut;
import io.mesosfailover.event.TaskEvent;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The timelines of one cluster: its agents, its leaders, its tasks and its regions. */
final class ClusterTimeline implements AgentLossListener {

    private final ClusterScope scope;
    private final AgentTracker agents;
    private final LeaderTracker leaders;
    private final TaskTracker tasks;
    private final RegionTracker regions;
    private final ClockWatch clock;
    private Consumer<Incident> out;

    /** The cluster's timelines on what {@code state} holds of it (nothing for a cluster new to it). */
    ClusterTimeline(String cluster, TimelineSettings settings, TimelineState state) {
        this.scope = new ClusterScope(cluster, state);
        this.clock = scope.clock();
        this.regions = new RegionTracker(scope, settings);
        this.agents = new AgentTracker(scope, this);
        this.leaders = new LeaderTracker(scope, settings.leaderlessThreshold());
        this.tasks = new TaskTracker(scope);
    }

    void onEvent(MesosEvent event, Consumer<Incident> sink) {
        out = sink;
        clock.observe(event);
        regions.onEvent(event, leaders.leader());
        leaders.advanceTo(event.time(), sink);
        if (event instanceof FlagsLogged flags) {
            scope.put(StateSlots.MASTER, event.source().host(),
                    clock.master(event.source().host()).withPolicy(TimeoutPolicy.fromFlags(flags.flags())));
        }
        if (isReregisterTimeout(event)) {
            reregisterCompliance((AgentEvent) event, sink);
        }
        if (event instanceof AgentEvent agentEvent) {
            agents.onEvent(agentEvent, sink);
        } else if (event instanceof TaskEvent taskEvent) {
            tasks.onEvent(taskEvent, sink);
        }
        leaders.onEvent(event, sink);
    }

    /** @return how many times a master's lines went back so far */
    long clockSteps() {
        return clock.mark();
    }

    /** @return one summary per master whose lines went back in time */
    List<TimeAnomaly> timeAnomalies() {
        return clock.anomalies();
    }

    /** @return what the cluster looks like as of {@code time} */
    ClusterState state(Instant time) {
        return agents.state(leaders.leader(), leaders.withoutLeaderSince(), time);
    }

    /** @return who led the cluster when, as far as the events went */
    LeaderHistory leaderHistory() {
        return leaders.history();
    }

    void finish(Consumer<Incident> sink) {
        out = sink;
        agents.finish(sink);
        leaders.finish(sink);
        tasks.finish(sink);
        regions.finish(sink);
    }

    @Override
    public void lost(AgentState.Down agent) {
        regions.lost(agent.known().agent(), agent.failover().lostAt(), scope.policyOf(agent.failover().master()));
    }

    @Override
    public void recovered(AgentFailover failover) {
        out.accept(failover);
        regions.recovered(failover.agent(), failover.recoveredAt(), out);
    }

    private static boolean isReregisterTimeout(MesosEvent event) {
        if (event instanceof RecoveredAgentReregisterTimedOut || event instanceof RecoveredAgentRemovalScheduled) {
            return true;
        }
        if (event instanceof AgentMarkedUnreachable agentMarkedUnreachable) {
            String reason = agentMarkedUnreachable.reason();
            return reason != null && reason.contains("after master failover");
        }
        return false;
    }

    /** {@code agent_reregister_timeout} after a master failover: the window is [T, T + one ping timeout]. */
    private void reregisterCompliance(AgentEvent event, Consumer<Incident> sink) {
        Instant elected = leaders.electedAt();
        if (elected == null || event.agentId() == null || !agents.judgeReregistration(event.agentId())) {
            return;
        }
        TimeoutPolicy policy = scope.policyOf(event.source().host());
        Instant windowStart = elected.plus(policy.reregisterTimeout());
        Instant windowEnd = windowStart.plus(policy.pingTimeout());
        Instant acted = event.time();
        TimeoutCompliance.Verdict verdict = acted.isBefore(windowStart) ? TimeoutCompliance.Verdict.EARLY
                : acted.isAfter(windowEnd) ? TimeoutCompliance.Verdict.LATE : TimeoutCompliance.Verdict.WITHIN;
        ProcessAddress address = event.agent() != null ? event.agent() : agents.addressOf(event.agentId());
        String subject = address != null ? address.toString() : event.agentId().value();
        sink.accept(new TimeoutCompliance(Incident.idOf(TimeoutCompliance.class, subject, elected), scope.cluster(),
                TimeoutCompliance.ComplianceCheck.REREGISTER_AFTER_FAILOVER, address, event.agentId(),
                event.source().host(), elected, acted, windowStart, windowEnd, verdict,
                policy.removalRateLimit() != null, leaders.timesWentBackSinceElection(acted)));
    }
}
