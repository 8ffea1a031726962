package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentAddress;
import io.mesosfailover.event.AgentEvent;
import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.AgentMarkedUnreachable;
import io.mesosfailover.event.FlagsLogged;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.RecoveredAgentRemovalScheduled;
import io.mesosfailover.event.RecoveredAgentReregisterTimedOut;
import io.mesosfailover.event.TaskEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The timelines of one cluster: its agents, its leaders, its tasks and its regions. */
final class ClusterTimeline implements TimeoutPolicies, AgentLossListener {

    private static final long serialVersionUID = 1L;

    private final String cluster;
    private final Map<String, TimeoutPolicy> policies = new HashMap<>();
    private final AgentTracker agents;
    private final LeaderTracker leaders;
    private final TaskTracker tasks;
    private final RegionTracker regions;
    private final Set<AgentId> reregisterJudged = new HashSet<>();
    private final ClockWatch clock;
    private transient Consumer<Incident> out;

    ClusterTimeline(String cluster, TimelineSettings settings) {
        this.cluster = cluster;
        this.clock = new ClockWatch(cluster);
        this.regions = new RegionTracker(cluster, settings, clock, this);
        this.agents = new AgentTracker(cluster, this, this, clock);
        this.leaders = new LeaderTracker(cluster, this, settings.leaderlessThreshold(), clock);
        this.tasks = new TaskTracker(cluster, clock);
    }

    void onEvent(MesosEvent event, Consumer<Incident> sink) {
        out = sink;
        clock.observe(event);
        regions.onEvent(event, leaders.leader());
        leaders.advanceTo(event.time(), sink);
        if (event instanceof FlagsLogged) {
            policies.put(event.source().host(), TimeoutPolicy.fromFlags(((FlagsLogged) event).flags()));
        }
        if (isReregisterTimeout(event)) {
            reregisterCompliance((AgentEvent) event, sink);
        }
        if (event instanceof AgentEvent) {
            agents.onEvent((AgentEvent) event, sink);
        } else if (event instanceof TaskEvent) {
            tasks.onEvent((TaskEvent) event, sink);
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

    /** @return the task launches this cluster remembers */
    TaskLaunches taskLaunches() {
        return tasks.launches();
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
    public TimeoutPolicy of(String master) {
        return policies.getOrDefault(master, TimeoutPolicy.DEFAULTS);
    }

    @Override
    public void lost(AgentLifecycle agent) {
        regions.lost(agent.agent, agent.lostAt, of(agent.master));
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
        if (event instanceof AgentMarkedUnreachable) {
            String reason = ((AgentMarkedUnreachable) event).reason();
            return reason != null && reason.contains("after master failover");
        }
        return false;
    }

    /** {@code agent_reregister_timeout} after a master failover: the window is [T, T + one ping timeout]. */
    private void reregisterCompliance(AgentEvent event, Consumer<Incident> sink) {
        Instant elected = leaders.electedAt();
        if (elected == null || event.agentId() == null || !reregisterJudged.add(event.agentId())) {
            return;
        }
        TimeoutPolicy policy = of(event.source().host());
        Instant windowStart = elected.plus(policy.reregisterTimeout());
        Instant windowEnd = windowStart.plus(policy.pingTimeout());
        Instant acted = event.time();
        TimeoutCompliance.Verdict verdict = acted.isBefore(windowStart) ? TimeoutCompliance.Verdict.EARLY
                : acted.isAfter(windowEnd) ? TimeoutCompliance.Verdict.LATE : TimeoutCompliance.Verdict.WITHIN;
        AgentAddress address = event.agent() != null ? event.agent() : agents.addressOf(event.agentId());
        String subject = address != null ? address.toString() : event.agentId().value();
        sink.accept(new TimeoutCompliance(Incident.idOf(TimeoutCompliance.KIND, subject, elected), cluster,
                TimeoutCompliance.ComplianceCheck.REREGISTER_AFTER_FAILOVER, address, event.agentId(),
                event.source().host(), elected, acted, windowStart, windowEnd, verdict,
                policy.removalRateLimit() != null, leaders.timesWentBackSinceElection(acted)));
    }
}
