package io.mesosfailover.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 1.4+ admission steps of a returning agent in its failover. */
class AgentAdmissionTest {

    private static final String ID = "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80";
    private static final String SLAVE = ID + "-S1 at slave(1)@10.0.2.21:5051 (10.0.2.21)";

    @TempDir
    Path folder;

    @Test
    void shouldKeepTheRegistryCheckAndTheReadmissionOfAnUnreachableAgent() {
        // Given
        String log = Analyses.log("m1", "2021/03/09 14:00:00",
                "I0309 14:00:01.000000 master.cpp:2179] Elected as the leading master!",
                "I0309 14:01:00.000000 master.cpp:1379] Agent " + SLAVE + " disconnected",
                "I0309 14:02:18.000000 master.cpp:266] Marking agent " + ID + "-S1 (10.0.2.21) unreachable: health check"
                        + " timed out",
                "I0309 14:02:18.010000 master.cpp:8234] Marked agent " + ID + "-S1 (10.0.2.21) unreachable: health check"
                        + " timed out",
                "I0309 14:03:00.000000 master.cpp:6960] Consulting registry about agent " + ID + "-S1 at"
                        + " slave(1)@10.0.2.21:5051(10.0.2.21)",
                "I0309 14:03:00.030000 master.cpp:7010] Re-admitted agent " + SLAVE,
                "I0309 14:03:00.100000 master.cpp:7000] Re-registered agent " + SLAVE + " with cpus:4");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then
        AgentFailover failover = Analyses.of(result, AgentFailover.class).get(0);
        assertThat(failover.outcome()).isEqualTo(AgentOutcome.UNREACHABLE_THEN_REREGISTERED);
        assertThat(failover.admission()).isEqualTo(new AgentFailover.Admission(Instant.parse("2021-03-09T14:03:00Z"),
                Instant.parse("2021-03-09T14:03:00.030Z"), null));
    }

    @Test
    void shouldCallAnAgentWhoseTransitionToUnreachableWasCanceledReregistered() {
        // Given: the health check begins to mark the agent unreachable, but it re-registers meanwhile
        String log = Analyses.log("m1", "2021/03/09 14:00:00",
                "I0309 14:00:01.000000 master.cpp:2179] Elected as the leading master!",
                "I0309 14:01:00.000000 master.cpp:1379] Agent " + SLAVE + " disconnected",
                "I0309 14:02:18.000000 master.cpp:266] Marking agent " + ID + "-S1 (10.0.2.21) unreachable: health check"
                        + " timed out",
                "I0309 14:02:18.020000 master.cpp:7100] Canceling transition of agent " + ID + "-S1 (10.0.2.21) to"
                        + " unreachable because it is re-registering",
                "I0309 14:02:18.100000 master.cpp:7000] Re-registered agent " + SLAVE + " with cpus:4");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then
        AgentFailover failover = Analyses.of(result, AgentFailover.class).get(0);
        assertThat(failover.outcome()).isEqualTo(AgentOutcome.REREGISTERED);
        assertThat(failover.admission().transitionCanceledAt()).isEqualTo(Instant.parse("2021-03-09T14:02:18.020Z"));
        assertThat(failover.removedAt()).isEqualTo(Instant.parse("2021-03-09T14:02:18Z"));
        assertThat(Analyses.of(result, TimeoutCompliance.class)).singleElement()
                .satisfies(verdict -> assertThat(verdict.verdict()).isEqualTo(TimeoutCompliance.Verdict.WITHIN));
    }
}
