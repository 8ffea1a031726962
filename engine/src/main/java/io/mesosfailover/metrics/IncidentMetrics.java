package io.mesosfailover.metrics;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.ClusterState;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.IncidentVisitor;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Incidents and parse statistics as metric points, one point per incident, at the incident's start (an event time
 * from the logs, so that the same logs give the same points). The schema is {@code docs/metrics-schema.md}.
 */
public final class IncidentMetrics implements IncidentVisitor<MetricPoint> {

    /** Measurement of {@link AgentFailover}. */
    public static final String AGENT_FAILOVER = "agent_failover";
    /** Measurement of {@link TimeoutCompliance}. */
    public static final String TIMEOUT_COMPLIANCE = "timeout_compliance";
    /** Measurement of {@link LeaderFailover}. */
    public static final String LEADER_FAILOVER = "leader_failover";
    /** Measurement of {@link LeaderlessPeriod}. */
    public static final String LEADERLESS_PERIOD = "leaderless_period";
    /** Measurement of {@link RegionOutage}. */
    public static final String REGION_OUTAGE = "region_outage";
    /** Measurement of {@link TaskRescheduling}. */
    public static final String TASK_RESCHEDULING = "task_rescheduling";
    /** Measurement of the parse statistics of a run. */
    public static final String PARSE_HEALTH = "parse_health";
    /** Measurement of the live view of a cluster: agents down now, its leader. */
    public static final String CLUSTER_STATE = "cluster_state";

    private final RegionMap regions;

    /** @param regions the region map, to tag agents with their region */
    public IncidentMetrics(RegionMap regions) {
        this.regions = requireNonNull(regions, "regions is null");
    }

    /**
     * The points of all incidents of one analysis, made unique: incidents whose points would share measurement,
     * tags and time are moved apart by whole nanoseconds, in order of id (see {@link PointKeys}).
     */
    public List<MetricPoint> points(List<? extends Incident> incidents) {
        List<MetricPoint> points = new ArrayList<>(incidents.size());
        for (Incident incident : incidents) {
            points.add(point(incident));
        }
        return PointKeys.disambiguate(points);
    }

    /** @return the point of one incident, at its start */
    public MetricPoint point(Incident incident) {
        return incident.accept(this);
    }

    /**
     * The parse statistics of a run as one point.
     *
     * @param cluster the cluster the logs are of
     * @param host the master host the statistics are of, or a name for several files ({@code all})
     * @param time the last event time of the logs read, so that a re-run writes the same point
     */
    public static MetricPoint parseHealth(String cluster, String host, ParseStats stats, Instant time) {
        return MetricPoint.builder(PARSE_HEALTH, time).tag("cluster", cluster).tag("host", host)
                .field("lines", stats.lines()).field("events", stats.events())
                .field("unrecognized", stats.unrecognized()).field("malformed", stats.malformed())
                .field("header_lines", stats.headerLines()).field("continuation_lines", stats.continuationLines())
                .field("blank_lines", stats.blankLines()).field("pending_lines", stats.pendingLines()).build();
    }

    /**
     * @param result a run of {@code analyze}
     * @param host the {@code host} tag of its parse health: the master of its files, or {@code all}
     * @return every point of the run: its incidents', its parse health at its latest event, and each cluster's state
     *     then
     */
    public List<MetricPoint> analysisPoints(AnalysisResult result, String cluster, String host) {
        List<MetricPoint> points = new ArrayList<>(points(result.incidents()));
        if (result.lastEventTime() != null) {
            points.add(parseHealth(cluster, host, result.stats(), result.lastEventTime()));
        }
        result.states().forEach(state -> points.add(clusterState(state)));
        return points;
    }

    /** @return the point of what a cluster looks like at one moment, at that moment */
    public static MetricPoint clusterState(ClusterState state) {
        return MetricPoint.builder(CLUSTER_STATE, state.time()).tag("cluster", state.cluster())
                .field("agents_known", (long) state.agentsKnown()).field("agents_down", (long) state.agentsDown())
                .field("agents_removed", (long) state.agentsRemoved()).seconds("longest_down_s", state.longestDown())
                .field("agents_down_past_window", (long) state.agentsPastWindow())
                .field("leader", state.leader()).field("leaderless", state.leaderlessSince() != null)
                .seconds("leaderless_s", state.leaderless())
                // Always present (0 while one leads): an alert rule needs a number, never a gap, in the newest state.
                .seconds("leaderless_for_s", state.leaderless() == null ? Duration.ZERO : state.leaderless()).build();
    }

    @Override
    public MetricPoint visitAgentFailover(AgentFailover failover) {
        Duration removedAfter = failover.removedAt() == null ? null
                : Duration.between(failover.lostAt(), failover.removedAt());
        return MetricPoint.builder(AGENT_FAILOVER, failover.start()).tag("cluster", failover.cluster())
                .tag("region", regionOf(failover.agent())).tag("agent", failover.agent().toString())
                .tag("host", failover.master()).tag("outcome", lower(failover.outcome()))
                .tag("evidence", failover.lostEvidence())
                .field("id", failover.id()).field("times_went_back", failover.timesWentBack())
                .field("agent_ids", joinIds(failover.agentIds()))
                .field("hostname", failover.hostname()).field("estimated", failover.estimated())
                .seconds("removed_after_s", removedAfter).field("removal_reason", failover.removalReason())
                .field("reregistration_refused", failover.reregistrationRefusedAt() != null)
                .field("recovered_by", failover.recoveredBy()).seconds("downtime_s", failover.downtime())
                .seconds("admitted_after_s", admittedAfter(failover))
                .field("transition_canceled", failover.admission() != null
                        && failover.admission().transitionCanceledAt() != null)
                .field("open", failover.end() == null).build();
    }

    /** @return from the loss to the 1.4+ admission ({@code Admitted} or {@code Re-admitted}), {@code null} if none */
    private static Duration admittedAfter(AgentFailover failover) {
        Instant admitted = failover.admission() == null ? null : failover.admission().admittedAt();
        return admitted == null || admitted.isBefore(failover.lostAt()) ? null
                : Duration.between(failover.lostAt(), admitted);
    }

    @Override
    public MetricPoint visitTimeoutCompliance(TimeoutCompliance compliance) {
        return MetricPoint.builder(TIMEOUT_COMPLIANCE, compliance.start()).tag("cluster", compliance.cluster())
                .tag("region", regionOf(compliance.agent()))
                .tag("agent", compliance.agent() == null ? null : compliance.agent().toString())
                .tag("host", compliance.master()).tag("check", lower(compliance.check()))
                .tag("verdict", lower(compliance.verdict()))
                .field("id", compliance.id()).field("times_went_back", compliance.timesWentBack())
                .field("agent_id", compliance.agentId() == null ? null : compliance.agentId().value())
                .seconds("elapsed_s", compliance.elapsed())
                .seconds("window_start_s", Duration.between(compliance.silentSince(), compliance.windowStart()))
                .seconds("window_end_s", Duration.between(compliance.silentSince(), compliance.windowEnd()))
                .field("rate_limited", compliance.rateLimited()).build();
    }

    @Override
    public MetricPoint visitLeaderFailover(LeaderFailover failover) {
        return MetricPoint.builder(LEADER_FAILOVER, failover.start()).tag("cluster", failover.cluster())
                .tag("host", failover.newLeader()).tag("old_host", failover.oldLeader())
                .tag("last_sign", failover.lastSignKind())
                .field("id", failover.id()).field("times_went_back", failover.timesWentBack())
                .seconds("gap_s", failover.gap())
                .seconds("recovery_s", failover.recovery()).field("agents_expected", failover.agentsExpected())
                .field("agents_reregistered", failover.agentsReregistered())
                .field("recovered", failover.recoveredAt() != null)
                .field("messages_dropped", failover.readiness().messagesDropped())
                .seconds("refusing_s", failover.refusing()).seconds("allocator_s", failover.allocatorRecovery())
                .field("allocator_recovery", failover.readiness().allocatorRecovery())
                .field("frameworks_expected", failover.readiness().frameworksExpected())
                .field("frameworks_resubscribed", failover.readiness().frameworksResubscribed())
                .field("loss_cause", failover.lossCause()).build();
    }

    @Override
    public MetricPoint visitLeaderlessPeriod(LeaderlessPeriod period) {
        return MetricPoint.builder(LEADERLESS_PERIOD, period.start()).tag("cluster", period.cluster())
                .field("id", period.id()).field("times_went_back", period.timesWentBack())
                .seconds("duration_s", period.duration())
                .field("evidence", String.join(",", period.evidence()))
                .field("masters", String.join(",", period.masters())).field("open", period.end() == null).build();
    }

    @Override
    public MetricPoint visitRegionOutage(RegionOutage outage) {
        return MetricPoint.builder(REGION_OUTAGE, outage.start()).tag("cluster", outage.cluster())
                .tag("region", outage.region())
                .field("id", outage.id()).field("times_went_back", outage.timesWentBack())
                .seconds("duration_s", outage.duration())
                .field("agents", outage.agents().stream().map(ProcessAddress::toString).collect(Collectors.joining(",")))
                .field("agent_count", (long) outage.agents().size()).field("open", outage.end() == null)
                .field("masters_down", outage.masters().isEmpty() ? null : outage.masters().stream()
                        .map(RegionOutage.MasterDown::master).collect(Collectors.joining(",")))
                .field("master_count", (long) outage.masters().size()).field("leader_down", outage.leaderDown())
                .build();
    }

    @Override
    public MetricPoint visitTaskRescheduling(TaskRescheduling task) {
        return MetricPoint.builder(TASK_RESCHEDULING, task.start()).tag("cluster", task.cluster())
                .tag("region", regionOf(task.lostOn()))
                .tag("agent", task.lostOn() == null ? null : task.lostOn().toString())
                .tag("state", task.lostState())
                .field("id", task.id()).field("times_went_back", task.timesWentBack())
                .field("application", task.application())
                .field("lost_task_id", task.lostTaskId()).field("relaunched_task_id", task.relaunchedTaskId())
                .field("relaunched_on", task.relaunchedOn() == null ? null : task.relaunchedOn().toString())
                .seconds("duration_s", task.duration()).field("open", task.end() == null).build();
    }

    private String regionOf(ProcessAddress agent) {
        return agent == null ? null : regions.regionOf(agent.host());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String joinIds(List<AgentId> ids) {
        return ids.stream().map(AgentId::value).collect(Collectors.joining(","));
    }
}
