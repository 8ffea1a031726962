package io.mesosfailover.timeline;

import static io.mesosfailover.timeline.MasterLines.ID;
import static io.mesosfailover.timeline.MasterLines.agent;
import static io.mesosfailover.timeline.MasterLines.disconnected;
import static io.mesosfailover.timeline.MasterLines.elected;
import static io.mesosfailover.timeline.MasterLines.reregistered;
import static io.mesosfailover.timeline.MasterLines.unreachable;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.ProcessAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failover scenarios written as master logs, through the real parser, the batch analyzer and the engine. */
class TimelineScenariosTest {

    private static final String FLAGS = "I0309 14:00:00.000000 master.cpp:453] Flags at startup: --agent_ping_timeout=\"10secs\""
            + " --max_agent_ping_timeouts=\"3\" --agent_reregister_timeout=\"10mins\" --zk_session_timeout=\"10secs\"";

    @TempDir
    Path folder;

    @Test
    void shouldJudgeHealthChecksAgainstTheLoggedTimeouts() {
        // Given: 10 s x 3 pings, so the action is due 30 to 40 s after the agent went silent
        String log = Analyses.log("m1", "2021/03/09 14:00:00", FLAGS, elected("I0309 14:00:01.000000"),
                disconnected("I0309 14:01:00.000000", 1), unreachable("I0309 14:01:35.000000", 1),
                disconnected("I0309 14:02:00.000000", 2), unreachable("I0309 14:02:10.000000", 2),
                disconnected("I0309 14:03:00.000000", 3), unreachable("I0309 14:05:00.000000", 3),
                disconnected("I0309 14:06:00.000000", 4),
                reregistered("I0309 14:08:00.000000", 1), reregistered("I0309 14:09:00.000000", 2));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then
        List<TimeoutCompliance> verdicts = Analyses.of(result, TimeoutCompliance.class);
        assertThat(verdicts).extracting(verdict -> verdict.agent().host() + " " + verdict.verdict())
                .containsExactly("10.0.2.21 WITHIN", "10.0.2.22 EARLY", "10.0.2.23 LATE", "10.0.2.24 MISSING");
        assertThat(verdicts.get(0).windowStart()).isEqualTo(Instant.parse("2021-03-09T14:01:30Z"));
        assertThat(verdicts.get(0).windowEnd()).isEqualTo(Instant.parse("2021-03-09T14:01:40Z"));
        List<AgentFailover> failovers = Analyses.of(result, AgentFailover.class);
        assertThat(failovers).extracting(failover -> failover.agent().host() + " " + failover.outcome())
                .containsExactly("10.0.2.21 UNREACHABLE_THEN_REREGISTERED", "10.0.2.22 UNREACHABLE_THEN_REREGISTERED",
                        "10.0.2.23 NOT_RECOVERED", "10.0.2.24 NOT_RECOVERED");
        assertThat(failovers.get(0).downtime()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void shouldCountTheAgentsDownLongerThanTheirMastersHealthCheckWindow() {
        // Given: 10 s x 3 pings, so an agent silent for more than 40 s is past its window
        String log = Analyses.log("m1", "2021/03/09 14:00:00", FLAGS, elected("I0309 14:00:01.000000"),
                disconnected("I0309 14:01:00.000000", 1), unreachable("I0309 14:01:35.000000", 1),
                disconnected("I0309 14:01:50.000000", 2),
                disconnected("I0309 14:02:00.000000", 3), reregistered("I0309 14:02:05.000000", 3));

        // When: the logs end at 14:02:05
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then: S1 (65 s) and S2 (15 s) are down, S3 is back; only S1 is past its window
        assertThat(result.states()).singleElement().satisfies(state -> {
            assertThat(state.agentsDown()).isEqualTo(2);
            assertThat(state.agentsPastWindow()).isEqualTo(1);
            assertThat(state.leader()).isEqualTo("m1");
            assertThat(state.leaderless()).isNull();
        });
    }

    @Test
    void shouldMeasureTheLeaderGapAcrossMastersAndTheAgentsRecovery() {
        // Given
        String oldLeader = Analyses.log("m1", "2021/03/09 14:00:00", FLAGS, elected("I0309 14:00:01.000000"),
                "I0309 14:10:00.000000 group.cpp:700] Lost connection to ZooKeeper, attempting to reconnect ...",
                "I0309 14:10:10.000000 group.cpp:900] ZooKeeper session expired",
                "E0309 14:10:10.100000 master.cpp:2164] EXIT with status 1: Lost candidacy as a leader... committing suicide!");
        String newLeader = Analyses.log("m2", "2021/03/09 14:00:00", FLAGS, elected("I0309 14:10:14.000000"),
                "I0309 14:10:15.000000 master.cpp:1900] Recovered 2 agents from the registry (800B); allowing 10mins for agents"
                        + " to reregister",
                reregistered("I0309 14:10:20.000000", 1), reregistered("I0309 14:10:26.000000", 2));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, oldLeader, newLeader);

        // Then
        List<LeaderFailover> failovers = Analyses.of(result, LeaderFailover.class);
        assertThat(failovers).hasSize(1);
        LeaderFailover failover = failovers.get(0);
        assertThat(failover.oldLeader()).isEqualTo("m1");
        assertThat(failover.newLeader()).isEqualTo("m2");
        assertThat(failover.lastSignKind()).isEqualTo("zoo-keeper-session-expired");
        assertThat(failover.gap()).isEqualTo(Duration.ofSeconds(4));
        assertThat(failover.agentsExpected()).isEqualTo(2);
        assertThat(failover.agentsReregistered()).isEqualTo(2);
        assertThat(failover.recovery()).isEqualTo(Duration.ofSeconds(12));
        assertThat(Analyses.of(result, LeaderlessPeriod.class)).isEmpty();
    }

    @Test
    void shouldReportALeaderlessPeriodWhenNoMasterIsElected() {
        // Given: the semi-isolated scenario: the leader goes, the others see no leader for a minute
        String leader = Analyses.log("m1", "2021/03/09 14:00:00", FLAGS, elected("I0309 14:00:01.000000"),
                "I0309 14:10:00.000000 master.cpp:1200] Master terminating");
        String follower = Analyses.log("m2", "2021/03/09 14:00:00", FLAGS,
                "I0309 14:10:05.000000 zookeeper.cpp:262] Detected a new leader: None",
                "I0309 14:10:05.100000 master.cpp:2200] No master was elected.",
                elected("I0309 14:11:05.000000"));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, leader, follower);

        // Then
        List<LeaderlessPeriod> periods = Analyses.of(result, LeaderlessPeriod.class);
        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).start()).isEqualTo(Instant.parse("2021-03-09T14:10:00Z"));
        assertThat(periods.get(0).end()).isEqualTo(Instant.parse("2021-03-09T14:11:05Z"));
        assertThat(periods.get(0).evidence()).contains("leader-detected", "no-leader-elected");
        assertThat(Analyses.of(result, LeaderFailover.class)).singleElement()
                .satisfies(failover -> assertThat(failover.gap()).isEqualTo(Duration.ofSeconds(65)));
    }

    @Test
    void shouldGroupAgentsOfOneRegionIntoOneOutageAndRescheduleTheirTasks() {
        // Given
        String log = Analyses.log("m1", "2021/03/09 14:00:00", FLAGS, elected("I0309 14:00:01.000000"),
                "I0309 14:00:10.000000 master.cpp:4000] Launching task web.1111 of framework " + ID + "-0000 with resources"
                        + " cpus:0.5 on agent " + agent(1),
                disconnected("I0309 14:01:00.000000", 1), disconnected("I0309 14:01:05.000000", 2),
                unreachable("I0309 14:01:31.000000", 1),
                "I0309 14:01:31.100000 master.cpp:8212] Sending status update TASK_UNREACHABLE for task web.1111 of framework "
                        + ID + "-0000 'health check timed out'",
                "I0309 14:01:40.000000 master.cpp:4000] Launching task web.2222 of framework " + ID + "-0000 with resources"
                        + " cpus:0.5 on agent " + agent(5),
                disconnected("I0309 14:01:50.000000", 9),
                reregistered("I0309 14:03:00.000000", 1), reregistered("I0309 14:04:00.000000", 2),
                reregistered("I0309 14:04:10.000000", 9));
        TimelineSettings settings = TimelineSettings.DEFAULTS
                .withRegions(RegionMap.of("oslo", "10.0.2.16/28", "frankfurt", "10.0.2.28/30"));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, settings, log);

        // Then
        List<RegionOutage> outages = Analyses.of(result, RegionOutage.class);
        assertThat(outages).hasSize(1);
        assertThat(outages.get(0).region()).isEqualTo("oslo");
        assertThat(outages.get(0).agents()).containsExactly(ProcessAddress.parse("10.0.2.21:5051"),
                ProcessAddress.parse("10.0.2.22:5051"));
        assertThat(outages.get(0).start()).isEqualTo(Instant.parse("2021-03-09T14:01:00Z"));
        assertThat(outages.get(0).end()).isEqualTo(Instant.parse("2021-03-09T14:04:00Z"));
        TaskRescheduling rescheduling = Analyses.of(result, TaskRescheduling.class).get(0);
        assertThat(rescheduling.application()).isEqualTo("web");
        assertThat(rescheduling.lostOn()).isEqualTo(ProcessAddress.parse("10.0.2.21:5051"));
        assertThat(rescheduling.relaunchedTaskId()).isEqualTo("web.2222");
        assertThat(rescheduling.duration()).isEqualTo(Duration.ofNanos(8_900_000_000L));
    }
}
