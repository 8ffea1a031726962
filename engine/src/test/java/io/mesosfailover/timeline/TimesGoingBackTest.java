package io.mesosfailover.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.json.Json;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.parser.ParserSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static io.mesosfailover.timeline.MasterLines.ELECTED;
import static io.mesosfailover.timeline.MasterLines.ID;
import static io.mesosfailover.timeline.MasterLines.agent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines that go back in time (a clock set back, a zone's clock change, a jump back under UTC) and events in odd
 * orders: the run always ends with its report, the incidents open across a step are marked, and the step is
 * summed up once per master.
 */
class TimesGoingBackTest {

    @TempDir
    Path folder;

    @Test
    void shouldReportAnAgentFailoverWhoseRecoveryCameAfterTheClockJumpedBackAnHour() {
        // Given: under UTC, the master's clock jumps back an hour while the agent is away
        String log = Analyses.log("m1", "2021/03/09 14:00:00",
                "I0309 14:00:01.000000 " + ELECTED,
                "I0309 15:00:00.000000 master.cpp:1379] Agent " + agent(1) + " disconnected",
                "I0309 14:00:12.000000 master.cpp:7000] Re-registered agent " + agent(1) + " with cpus:4",
                "I0309 14:00:13.000000 master.cpp:1379] Agent " + agent(2) + " disconnected",
                "I0309 14:00:20.000000 master.cpp:7000] Re-registered agent " + agent(2) + " with cpus:4");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then: the failover across the step is marked and has no downtime; the one after it is as usual
        assertThat(hostsAndMarks(result)).containsExactlyInAnyOrder("10.0.2.21 true", "10.0.2.22 false");
        AgentFailover marked = Analyses.of(result, AgentFailover.class).stream().filter(AgentFailover::timesWentBack)
                .findFirst().orElseThrow();
        assertThat(marked.outcome()).isEqualTo(AgentOutcome.REREGISTERED);
        assertThat(marked.recoveredAt()).isEqualTo(Instant.parse("2021-03-09T14:00:12Z"));
        assertThat(marked.downtime()).isNull();
        assertThat(Json.mapper().<JsonNode>valueToTree(marked).get("timesWentBack").asBoolean()).isTrue();
        assertThat(Json.mapper().<JsonNode>valueToTree(marked).get("downtime_s").isNull()).isTrue();
        assertThat(new IncidentMetrics(RegionMap.EMPTY).point(marked).fields()).containsEntry("times_went_back", true)
                .doesNotContainKey("downtime_s");
        assertThat(result.timeAnomalies()).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.master()).isEqualTo("m1");
            assertThat(anomaly.steps()).isEqualTo(1);
            assertThat(anomaly.largestStep()).isEqualTo(Duration.ofSeconds(3588));
            assertThat(anomaly.describe(ZoneId.of("UTC"))).contains("master m1", "1 time", "3588 s",
                    "clock was set back");
        });
    }

    @Test
    void shouldNameTheZonesClockChangeWhenTheRepeatedHourIsReadWithOneOffset() {
        // Given: Europe/Oslo goes back from 03:00 summer time to 02:00 on 2021-10-31; the hour 02:00-03:00 occurs twice
        String log = Analyses.log("m1", "2021/10/31 01:30:00",
                "I1031 01:30:01.000000 " + ELECTED,
                "I1031 02:59:50.000000 master.cpp:1379] Agent " + agent(1) + " disconnected",
                "I1031 02:00:10.000000 master.cpp:7000] Re-registered agent " + agent(1) + " with cpus:4",
                "I1031 02:10:00.000000 master.cpp:1379] Agent " + agent(2) + " disconnected",
                "I1031 03:10:00.000000 master.cpp:7000] Re-registered agent " + agent(2) + " with cpus:4");
        ZoneId oslo = ZoneId.of("Europe/Oslo");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, ParserSettings.defaults().withZone(oslo),
                TimelineSettings.DEFAULTS, log);

        // Then
        assertThat(hostsAndMarks(result)).containsExactlyInAnyOrder("10.0.2.21 true", "10.0.2.22 false");
        assertThat(result.timeAnomalies()).singleElement().satisfies(anomaly -> assertThat(anomaly.describe(oslo))
                .contains("the clock change of Europe/Oslo on 2021-10-31", "02:00 to 03:00 occur twice"));
    }

    @Test
    void shouldSumUpManyStepsBackOfOneMasterOnce() {
        // Given: a clock that NTP keeps pulling back a little
        String log = Analyses.log("m1", "2021/03/09 14:00:00",
                "I0309 14:00:01.000000 " + ELECTED,
                "I0309 14:00:10.000000 master.cpp:1379] Agent " + agent(1) + " disconnected",
                "I0309 14:00:09.900000 master.cpp:1379] Agent " + agent(2) + " disconnected",
                "I0309 14:00:20.000000 master.cpp:7000] Re-registered agent " + agent(2) + " with cpus:4",
                "I0309 14:00:19.500000 master.cpp:7000] Re-registered agent " + agent(1) + " with cpus:4");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then: agent 1 was open across both steps; agent 2 opened with the first and was back before the second
        assertThat(hostsAndMarks(result)).containsExactlyInAnyOrder("10.0.2.21 true", "10.0.2.22 false");
        assertThat(result.timeAnomalies()).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.steps()).isEqualTo(2);
            assertThat(anomaly.largestStep()).isEqualTo(Duration.ofMillis(500));
            assertThat(anomaly.firstFrom()).isEqualTo(Instant.parse("2021-03-09T14:00:10Z"));
            assertThat(anomaly.firstTo()).isEqualTo(Instant.parse("2021-03-09T14:00:09.900Z"));
        });
    }

    @Test
    void shouldMarkTheComplianceVerdictOfAHealthCheckAcrossAStep() {
        // Given: the action is logged after the clock went back, so it seems to come before the agent went silent
        String log = Analyses.log("m1", "2021/03/09 14:00:00",
                "I0309 14:00:01.000000 " + ELECTED,
                "I0309 15:00:00.000000 master.cpp:1379] Agent " + agent(1) + " disconnected",
                "I0309 14:01:15.000000 master.cpp:266] Marking agent " + ID + "-S1 (10.0.2.21) unreachable: health check"
                        + " timed out",
                "I0309 14:03:00.000000 master.cpp:7000] Re-registered agent " + agent(1) + " with cpus:4");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then
        TimeoutCompliance verdict = Analyses.of(result, TimeoutCompliance.class).get(0);
        assertThat(verdict.timesWentBack()).isTrue();
        assertThat(verdict.elapsed()).isNull();
        AgentFailover failover = Analyses.of(result, AgentFailover.class).get(0);
        assertThat(failover.timesWentBack()).isTrue();
        assertThat(failover.outcome()).isEqualTo(AgentOutcome.UNREACHABLE_THEN_REREGISTERED);
    }

    @Test
    void shouldMarkALeaderFailoverAndLeaderlessPeriodAcrossAStep() {
        // Given: the old leader's session expires; the new leader is elected after its own clock went back
        String oldLeader = Analyses.log("m1", "2021/03/09 14:00:00",
                "I0309 14:00:01.000000 " + ELECTED,
                "I0309 14:10:00.000000 group.cpp:900] ZooKeeper session expired");
        String newLeader = Analyses.log("m2", "2021/03/09 14:00:00",
                "I0309 14:20:00.000000 zookeeper.cpp:262] Detected a new leader: None",
                "I0309 14:05:00.000000 " + ELECTED,
                "I0309 14:05:01.000000 master.cpp:1900] Recovered 1 agents from the registry (800B); allowing 10mins for"
                        + " agents to reregister",
                "I0309 14:05:02.000000 master.cpp:7000] Re-registered agent " + agent(1) + " with cpus:4");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, oldLeader, newLeader);

        // Then
        LeaderFailover failover = Analyses.of(result, LeaderFailover.class).get(0);
        assertThat(failover.timesWentBack()).isTrue();
        assertThat(failover.gap()).isNegative();
        assertThat(failover.agentsReregistered()).isEqualTo(1);
        LeaderlessPeriod period = Analyses.of(result, LeaderlessPeriod.class).get(0);
        assertThat(period.timesWentBack()).isTrue();
        assertThat(period.duration()).isNull();
        assertThat(result.timeAnomalies()).extracting(TimeAnomaly::master).containsExactly("m2");
    }

    @Test
    void shouldMarkARegionOutageAndATaskReschedulingAcrossAStep() {
        // Given
        String log = Analyses.log("m1", "2021/03/09 14:00:00",
                "I0309 14:00:01.000000 " + ELECTED,
                "I0309 14:00:10.000000 master.cpp:4000] Launching task web.1111 of framework " + ID + "-0000 with"
                        + " resources cpus:0.5 on agent " + agent(1),
                "I0309 15:01:00.000000 master.cpp:1379] Agent " + agent(1) + " disconnected",
                "I0309 15:01:05.000000 master.cpp:1379] Agent " + agent(2) + " disconnected",
                "I0309 15:01:31.100000 master.cpp:8212] Sending status update TASK_UNREACHABLE for task web.1111 of"
                        + " framework " + ID + "-0000 'health check timed out'",
                "I0309 14:01:40.000000 master.cpp:4000] Launching task web.2222 of framework " + ID + "-0000 with"
                        + " resources cpus:0.5 on agent " + agent(5),
                "I0309 14:03:00.000000 master.cpp:7000] Re-registered agent " + agent(1) + " with cpus:4",
                "I0309 14:04:00.000000 master.cpp:7000] Re-registered agent " + agent(2) + " with cpus:4");
        TimelineSettings settings = TimelineSettings.DEFAULTS.withRegions(RegionMap.of("oslo", "10.0.2.16/28"));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, settings, log);

        // Then
        RegionOutage outage = Analyses.of(result, RegionOutage.class).get(0);
        assertThat(outage.timesWentBack()).isTrue();
        assertThat(outage.duration()).isNull();
        TaskRescheduling rescheduling = Analyses.of(result, TaskRescheduling.class).get(0);
        assertThat(rescheduling.timesWentBack()).isTrue();
        assertThat(rescheduling.relaunchedTaskId()).isEqualTo("web.2222");
        assertThat(rescheduling.duration()).isNull();
    }

    @Test
    void shouldTakeOddOrdersWithoutMarkingWhatStaysInOrder() {
        // Given: recovered twice, removed before any loss, elected twice, a task relaunched before it was lost
        String log = Analyses.log("m1", "2021/03/09 14:00:00",
                "I0309 14:00:01.000000 " + ELECTED,
                "I0309 14:00:02.000000 " + ELECTED,
                "I0309 14:00:05.000000 master.cpp:7000] Re-registered agent " + agent(1) + " with cpus:4",
                "I0309 14:00:06.000000 master.cpp:7000] Re-registered agent " + agent(1) + " with cpus:4",
                "I0309 14:00:07.000000 master.cpp:4680] Removing agent " + agent(2) + ": health check timed out",
                "I0309 14:00:08.000000 master.cpp:4820] Removed agent " + ID + "-S2 (10.0.2.22): health check timed out",
                "I0309 14:00:09.000000 master.cpp:4000] Launching task web.2222 of framework " + ID + "-0000 with"
                        + " resources cpus:0.5 on agent " + agent(5),
                "I0309 14:00:10.000000 master.cpp:8212] Sending status update TASK_LOST for task web.1111 of framework "
                        + ID + "-0000 'agent removed'",
                "I0309 14:00:30.000000 master.cpp:4619] Registered agent " + agent(2) + " with cpus:4");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then
        assertThat(result.incidents()).extracting(Incident::timesWentBack).containsOnly(false);
        assertThat(result.timeAnomalies()).isEmpty();
        assertThat(Analyses.of(result, AgentFailover.class)).singleElement().satisfies(failover -> {
            assertThat(failover.outcome()).isEqualTo(AgentOutcome.REMOVED_THEN_REJOINED);
            assertThat(failover.lostEvidence()).isEqualTo("removed");
        });
        assertThat(Analyses.of(result, TaskRescheduling.class)).singleElement()
                .satisfies(rescheduling -> assertThat(rescheduling.relaunchedTaskId()).isNull());
    }

    /** @return each agent failover as its host and whether it was open while the time went back */
    private static List<String> hostsAndMarks(AnalysisResult result) {
        return Analyses.of(result, AgentFailover.class).stream()
                .map(failover -> failover.agent().host() + " " + failover.timesWentBack()).toList();
    }
}
