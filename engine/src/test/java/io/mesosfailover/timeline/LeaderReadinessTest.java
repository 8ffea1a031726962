package io.mesosfailover.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static io.mesosfailover.timeline.MasterLines.ID;
import static io.mesosfailover.timeline.MasterLines.agent;
import static io.mesosfailover.timeline.MasterLines.elected;
import static io.mesosfailover.timeline.MasterLines.reregistered;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a leader failover says of the new leader's readiness (messages dropped before it was elected and recovered,
 * its allocator, the frameworks back N of M) and of why the old leader died (a registrar failure).
 */
class LeaderReadinessTest {

    private static final String SCHEDULER = "scheduler-3b6f1c2e@10.0.1.11:38517";

    @TempDir
    Path folder;

    private static String oldLeader(String... last) {
        return Analyses.log("m1", "2021/03/09 14:00:00", List.of(
                elected("I0309 14:00:01.000000"),
                "I0309 14:00:05.000000 master.cpp:3100] Added framework " + ID + "-0000",
                "I0309 14:00:06.000000 master.cpp:3100] Added framework " + ID + "-0001"), last);
    }

    @Test
    void shouldGiveTheRefusalWindowTheAllocatorAndTheFrameworksBackNOfM() {
        // Given: one of the two frameworks known before comes back; the allocator skips its recovery
        String newLeader = Analyses.log("m2", "2021/03/09 14:00:00",
                "I0309 14:10:12.000000 master.cpp:1350] Dropping 'mesos.internal.ReregisterSlaveMessage' message since"
                        + " not elected yet",
                elected("I0309 14:10:14.000000"),
                "I0309 14:10:14.300000 master.cpp:1350] Dropping 'mesos.internal.ReregisterSlaveMessage' message since"
                        + " not recovered yet",
                "I0309 14:10:14.900000 master.cpp:1350] Dropping 'mesos.scheduler.Call' message since not recovered yet",
                "I0309 14:10:15.000000 master.cpp:1900] Recovered 1 agents from the registry (800B); allowing 10mins"
                        + " for agents to reregister",
                "I0309 14:10:15.100000 hierarchical.cpp:1780] Skipping recovery of hierarchical allocator: nothing to"
                        + " recover",
                "I0309 14:10:16.000000 master.cpp:2650] Allowing framework " + ID + "-0000 (marathon) at " + SCHEDULER
                        + " to subscribe with an already used id",
                reregistered("I0309 14:10:20.000000", 1), reregistered("I0309 14:30:00.000000", 2));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS,
                oldLeader("I0309 14:10:10.000000 group.cpp:900] ZooKeeper session expired"), newLeader);

        // Then: the failover waited for the second framework until the re-registration timeout
        LeaderFailover failover = Analyses.of(result, LeaderFailover.class).get(0);
        LeaderFailover.Readiness readiness = failover.readiness();
        assertThat(readiness.messagesDropped()).isEqualTo(3);
        assertThat(readiness.refusedUntil()).isEqualTo(Instant.parse("2021-03-09T14:10:14.900Z"));
        assertThat(failover.refusing()).isEqualTo(Duration.ofMillis(900));
        assertThat(readiness.allocatorRecovery()).isEqualTo("skipped");
        assertThat(failover.allocatorRecovery()).isEqualTo(Duration.ofMillis(1100));
        assertThat(readiness.frameworksExpected()).isEqualTo(2);
        assertThat(readiness.frameworksResubscribed()).isEqualTo(1);
        assertThat(failover.recoveredAt()).isEqualTo(Instant.parse("2021-03-09T14:10:20Z"));
        assertThat(failover.agentsReregistered()).isEqualTo(1);
        assertThat(failover.lossCause()).isNull();
        assertThat(Json.mapper().<JsonNode>valueToTree(failover).get("refusing_s").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(Json.mapper().<JsonNode>valueToTree(failover).get("readiness").get("frameworksExpected").asLong()).isEqualTo(2);
    }

    @Test
    void shouldNameTheRegistrarFailureThatEndedTheOldLeader() {
        // Given: the leader cannot remove an agent from the registrar and dies; another master is elected
        String newLeader = Analyses.log("m2", "2021/03/09 14:00:00", elected("I0309 14:10:30.000000"));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, oldLeader(
                "F0309 14:10:10.000000 master.cpp:8300] Failed to remove agent " + agent(1) + " from the registrar:"
                        + " Failed to update registry"), newLeader);

        // Then
        LeaderFailover failover = Analyses.of(result, LeaderFailover.class).get(0);
        assertThat(failover.lossCause()).isEqualTo("registrar: failed to remove agent " + ID + "-S1: Failed to update"
                + " registry");
        assertThat(failover.lastSignKind()).isEqualTo("last-line");
        assertThat(failover.readiness()).isEqualTo(new LeaderFailover.Readiness(0, null, null, null, 2L, 0));
        assertThat(failover.refusing()).isNull();
    }
}
