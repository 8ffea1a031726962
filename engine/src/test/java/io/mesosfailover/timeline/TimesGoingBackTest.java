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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static io.mesosfailover.timeline.MasterLines.ID;
import static io.mesosfailover.timeline.MasterLines.agent;
import static io.mesosfailover.timeline.MasterLines.disconnected;
import static io.mesosfailover.timeline.MasterLines.elected;
import static io.mesosfailover.timeline.MasterLines.reregistered;
import static io.mesosfailover.timeline.MasterLines.unreachable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines that go back in time (a clock set back, a zone's clock change, a jump back under UTC) and events in odd
 * orders: the run always ends with its report, the incidents open across a step are marked, and the step is
 * summed up once per master.
 */
class TimesGoingBackTest {

    /** Under UTC, the master's clock jumps back an hour while agent 1 is away; agent 2 goes and comes back after. */
    private static final String HOUR_BACK = Analyses.log("m1", "2021/03/09 14:00:00",
            elected("I0309 14:00:01.000000"),
            disconnected("I0309 15:00:00.000000", 1), reregistered("I0309 14:00:12.000000", 1),
            disconnected("I0309 14:00:13.000000", 2), reregistered("I0309 14:00:20.000000", 2));

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /**
     * Europe/Oslo goes back from 03:00 summer time to 02:00 on 2021-10-31, so the hour 02:00-03:00 occurs twice: agent 1
     * is away across the change, agent 2 after it.
     */
    private static final String OSLO_CLOCK_CHANGE = Analyses.log("m1", "2021/10/31 01:30:00",
            elected("I1031 01:30:01.000000"),
            disconnected("I1031 02:59:50.000000", 1), reregistered("I1031 02:00:10.000000", 1),
            disconnected("I1031 02:10:00.000000", 2), reregistered("I1031 03:10:00.000000", 2));

    /**
     * A clock that NTP keeps pulling back a little: agent 1 is away across both steps; agent 2 goes with the first and
     * is back before the second.
     */
    private static final String NTP_PULLING_BACK = Analyses.log("m1", "2021/03/09 14:00:00",
            elected("I0309 14:00:01.000000"),
            disconnected("I0309 14:00:10.000000", 1), disconnected("I0309 14:00:09.900000", 2),
            reregistered("I0309 14:00:20.000000", 2), reregistered("I0309 14:00:19.500000", 1));

    @TempDir
    Path folder;

    /** @return the clocks going back while agent 1 is away: a name, how the lines are read, and the log */
    private static Stream<Arguments> clocksGoingBackWhileAgent1IsAway() {
        return Stream.of(Arguments.of("an hour back under UTC", ParserSettings.defaults(), HOUR_BACK),
                Arguments.of("the clock change of Europe/Oslo", ParserSettings.defaults().withZone(OSLO), OSLO_CLOCK_CHANGE),
                Arguments.of("NTP pulling back twice", ParserSettings.defaults(), NTP_PULLING_BACK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clocksGoingBackWhileAgent1IsAway")
    void shouldMarkTheAgentFailoverOpenAcrossAStepAndNotTheOther(String clock, ParserSettings parser, String log) {
        // Given: a clock going back while agent 1 is away, but not while agent 2 is

        // When
        AnalysisResult result = Analyses.ofTexts(folder, parser, TimelineSettings.DEFAULTS, log);

        // Then
        assertThat(hostsAndMarks(result)).containsExactlyInAnyOrder("10.0.2.21 true", "10.0.2.22 false");
    }

    @Test
    void shouldReportAnAgentFailoverWhoseRecoveryCameAfterTheClockJumpedBackAnHour() {
        // Given: HOUR_BACK, the master's clock jumping back an hour while agent 1 is away

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, HOUR_BACK);

        // Then: the failover across the step has no downtime, and the step is summed up for m1
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
        // Given: OSLO_CLOCK_CHANGE, read with Oslo's offsets

        // When
        AnalysisResult result = Analyses.ofTexts(folder, ParserSettings.defaults().withZone(OSLO),
                TimelineSettings.DEFAULTS, OSLO_CLOCK_CHANGE);

        // Then
        assertThat(result.timeAnomalies()).singleElement().satisfies(anomaly -> assertThat(anomaly.describe(OSLO))
                .contains("the clock change of Europe/Oslo on 2021-10-31", "02:00 to 03:00 occur twice"));
    }

    @Test
    void shouldSumUpManyStepsBackOfOneMasterOnce() {
        // Given: NTP_PULLING_BACK, two small steps back

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, NTP_PULLING_BACK);

        // Then
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
        String log = Analyses.log("m1", "2021/03/09 14:00:00", elected("I0309 14:00:01.000000"),
                disconnected("I0309 15:00:00.000000", 1), unreachable("I0309 14:01:15.000000", 1),
                reregistered("I0309 14:03:00.000000", 1));

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
                elected("I0309 14:00:01.000000"),
                "I0309 14:10:00.000000 group.cpp:900] ZooKeeper session expired");
        String newLeader = Analyses.log("m2", "2021/03/09 14:00:00",
                "I0309 14:20:00.000000 zookeeper.cpp:262] Detected a new leader: None",
                elected("I0309 14:05:00.000000"),
                "I0309 14:05:01.000000 master.cpp:1900] Recovered 1 agents from the registry (800B); allowing 10mins for"
                        + " agents to reregister",
                reregistered("I0309 14:05:02.000000", 1));

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
        String log = Analyses.log("m1", "2021/03/09 14:00:00", elected("I0309 14:00:01.000000"),
                "I0309 14:00:10.000000 master.cpp:4000] Launching task web.1111 of framework " + ID + "-0000 with"
                        + " resources cpus:0.5 on agent " + agent(1),
                disconnected("I0309 15:01:00.000000", 1), disconnected("I0309 15:01:05.000000", 2),
                "I0309 15:01:31.100000 master.cpp:8212] Sending status update TASK_UNREACHABLE for task web.1111 of"
                        + " framework " + ID + "-0000 'health check timed out'",
                "I0309 14:01:40.000000 master.cpp:4000] Launching task web.2222 of framework " + ID + "-0000 with"
                        + " resources cpus:0.5 on agent " + agent(5),
                reregistered("I0309 14:03:00.000000", 1), reregistered("I0309 14:04:00.000000", 2));
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
                elected("I0309 14:00:01.000000"), elected("I0309 14:00:02.000000"),
                reregistered("I0309 14:00:05.000000", 1), reregistered("I0309 14:00:06.000000", 1),
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
