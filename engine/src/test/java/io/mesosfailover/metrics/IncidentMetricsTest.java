package io.mesosfailover.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.AgentOutcome;
import io.mesosfailover.timeline.ClusterState;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance.ComplianceCheck;
import io.mesosfailover.timeline.TimeoutCompliance.Verdict;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IncidentMetricsTest {

    private static final RegionMap REGIONS = RegionMap.of("oslo", "10.0.19.0/24", "frankfurt", "192.168.0.0/16");
    private static final Instant LOST = Instant.parse("2015-05-02T17:00:26.087030Z");

    @Test
    void shouldMapAnAgentFailoverToTagsAndFields() {
        // Given
        ProcessAddress agent = ProcessAddress.parse("10.0.19.5:5051");
        AgentFailover failover = new AgentFailover(Incident.idOf(AgentFailover.class, agent.toString(), LOST),
                "default", agent, "agent-5", "10.0.19.1", List.of(new AgentId("A-S3"), new AgentId("A-S4")), LOST,
                "disconnected", false, LOST.plusSeconds(78), "health check timed out", null,
                LOST.plusMillis(112_200), "agent-registered", AgentOutcome.REMOVED_THEN_REJOINED, null, false);

        // When
        MetricPoint point = new IncidentMetrics(REGIONS).point(failover);

        // Then
        assertThat(point.measurement()).isEqualTo("agent_failover");
        assertThat(point.time()).isEqualTo(LOST);
        assertThat(point.tags()).containsExactly(Map.entry("agent", "10.0.19.5:5051"), Map.entry("cluster", "default"),
                Map.entry("evidence", "disconnected"), Map.entry("host", "10.0.19.1"),
                Map.entry("outcome", "removed_then_rejoined"), Map.entry("region", "oslo"));
        assertThat(point.fields()).containsExactly(Map.entry("agent_ids", "A-S3,A-S4"), Map.entry("downtime_s", 112.2),
                Map.entry("estimated", false), Map.entry("hostname", "agent-5"),
                Map.entry("id", "agent-failover/10.0.19.5:5051/2015-05-02T17:00:26.087030Z"), Map.entry("open", false),
                Map.entry("recovered_by", "agent-registered"), Map.entry("removal_reason", "health check timed out"),
                Map.entry("removed_after_s", 78.0), Map.entry("reregistration_refused", false),
                Map.entry("times_went_back", false), Map.entry("transition_canceled", false));
    }

    @Test
    void shouldSpreadIncidentsThatWouldShareAPointOverNanoseconds() {
        // Given: three tasks lost on one agent in the same microsecond, and two agents a new leader gave up on
        ProcessAddress agent = ProcessAddress.parse("10.0.19.5:5051");
        List<Incident> incidents = List.of(task("app.c", agent), task("app.a", agent), task("app.b", agent),
                unknownAgent("A-S9"), unknownAgent("A-S8"));

        // When
        List<MetricPoint> points = new IncidentMetrics(REGIONS).points(incidents);
        List<MetricPoint> again = new IncidentMetrics(REGIONS).points(List.copyOf(incidents));

        // Then
        assertThat(points).extracting(MetricPoint::time).containsExactly(LOST.plusNanos(2), LOST, LOST.plusNanos(1),
                LOST.plusNanos(1), LOST);
        assertThat(points).extracting(PointKeys.Key::of).doesNotHaveDuplicates();
        assertThat(again).isEqualTo(points);
    }

    @Test
    void shouldMapParseStatisticsToOnePoint() {
        // Given
        ParseStats stats = new ParseStats(10, 7, 1, 0, 3, 0, 0, 0, new TreeMap<>(Map.of("agent-registered", 7L)));

        // When
        MetricPoint point = IncidentMetrics.parseHealth("default", "all", stats, LOST);

        // Then
        assertThat(point.tags()).containsExactly(Map.entry("cluster", "default"), Map.entry("host", "all"));
        assertThat(point.fields()).containsEntry("lines", 10L).containsEntry("events", 7L)
                .containsEntry("unrecognized", 1L).containsEntry("header_lines", 3L).hasSize(8);
    }

    @Test
    void shouldMapAClusterWithoutALeaderAndAgentsDownToOnePoint() {
        // Given
        ClusterState state = new ClusterState("default", LOST.plusSeconds(90), 12, 3, 1, 0, LOST, null,
                LOST.plusSeconds(60));

        // When
        MetricPoint point = IncidentMetrics.clusterState(state);

        // Then
        assertThat(point.measurement()).isEqualTo(IncidentMetrics.CLUSTER_STATE);
        assertThat(point.time()).isEqualTo(LOST.plusSeconds(90));
        assertThat(point.tags()).containsExactly(Map.entry("cluster", "default"));
        assertThat(point.fields()).containsEntry("agents_known", 12L).containsEntry("agents_down", 3L)
                .containsEntry("agents_removed", 1L).containsEntry("longest_down_s", 90.0)
                .containsEntry("leaderless", true).containsEntry("leaderless_s", 30.0).doesNotContainKey("leader")
                .containsEntry("agents_down_past_window", 0L).containsEntry("leaderless_for_s", 30.0);
    }

    @Test
    void shouldGiveTheAlertFieldsOfAClusterWithALeaderAsNumbers() {
        // Given
        ClusterState state = new ClusterState("default", LOST.plusSeconds(120), 12, 2, 2, 1, LOST, "m1", null);

        // When
        MetricPoint point = IncidentMetrics.clusterState(state);

        // Then
        assertThat(point.fields()).containsEntry("leader", "m1").containsEntry("leaderless", false)
                .doesNotContainKey("leaderless_s").containsEntry("leaderless_for_s", 0.0)
                .containsEntry("agents_down_past_window", 1L).containsEntry("longest_down_s", 120.0);
    }

    private static TaskRescheduling task(String taskId, ProcessAddress agent) {
        return new TaskRescheduling(Incident.idOf(TaskRescheduling.class, taskId, LOST), "default", "app", taskId,
                "TASK_LOST", LOST, agent, null, null, null, false);
    }

    private static TimeoutCompliance unknownAgent(String agentId) {
        return new TimeoutCompliance(Incident.idOf(TimeoutCompliance.class, agentId, LOST), "default",
                ComplianceCheck.REREGISTER_AFTER_FAILOVER, null, new AgentId(agentId), "10.0.19.1", LOST, null,
                LOST.plusSeconds(600), LOST.plusSeconds(615), Verdict.MISSING, false, false);
    }
}
