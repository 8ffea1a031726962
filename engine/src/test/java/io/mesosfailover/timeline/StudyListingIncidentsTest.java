package io.mesosfailover.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.AgentAddress;
import io.mesosfailover.event.AgentId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The study's two listings, through the real parser and the engine. */
class StudyListingIncidentsTest {

    private static final String MASTER = "20150501-230056-2407081856-5050-5669";
    private static final AgentAddress AGENT = AgentAddress.parse("192.168.187.205:5051");
    private static final String SLAVE_S0 = "slave " + MASTER + "-S0 at slave(1)@192.168.187.205:5051 (192.168.187.205)";

    @TempDir
    Path folder;

    @Test
    void shouldReadListingOneAsAReplacedAgentWithItsDowntime() {
        // When
        AnalysisResult result = Analyses.ofFiles(TimelineSettings.DEFAULTS, Analyses.resource("study-listing-1.log"));

        // Then
        List<AgentFailover> failovers = Analyses.of(result, AgentFailover.class);
        assertThat(failovers).hasSize(1);
        AgentFailover failover = failovers.get(0);
        assertThat(failover.agent()).isEqualTo(AGENT);
        assertThat(failover.outcome()).isEqualTo(AgentOutcome.REPLACED);
        assertThat(failover.lostAt()).isEqualTo(Instant.parse("2015-05-02T17:00:26.087030Z"));
        assertThat(failover.lostEvidence()).isEqualTo("disconnected");
        assertThat(failover.recoveredAt()).isEqualTo(Instant.parse("2015-05-02T17:00:38.116992Z"));
        assertThat(failover.downtime()).isEqualTo(Duration.ofNanos(12_029_962_000L));
        assertThat(failover.agentIds()).containsExactly(new AgentId(MASTER + "-S0"), new AgentId(MASTER + "-S3"));
        assertThat(failover.removedAt()).isNull();
    }

    @Test
    void shouldReadListingTwoAsRemovedThenRejoinedUnderANewId() {
        // When
        AnalysisResult result = Analyses.ofFiles(TimelineSettings.DEFAULTS, Analyses.resource("study-listing-2.log"));

        // Then
        List<AgentFailover> failovers = Analyses.of(result, AgentFailover.class);
        assertThat(failovers).hasSize(1);
        AgentFailover failover = failovers.get(0);
        assertThat(failover.outcome()).isEqualTo(AgentOutcome.REMOVED_THEN_REJOINED);
        assertThat(failover.removedAt()).isEqualTo(Instant.parse("2015-05-02T17:34:23.298998Z"));
        assertThat(failover.removalReason()).isEqualTo("health check timed out");
        assertThat(failover.estimated()).isTrue();
        assertThat(failover.lostAt()).isEqualTo(Instant.parse("2015-05-02T17:33:08.298998Z"));
        assertThat(failover.reregistrationRefusedAt()).isEqualTo(Instant.parse("2015-05-02T17:34:29.017205Z"));
        assertThat(failover.agentIds()).containsExactly(new AgentId(MASTER + "-S3"), new AgentId(MASTER + "-S4"));
        assertThat(failover.recoveredBy()).isEqualTo("agent-registering");
        assertThat(failover.recoveredAt()).isEqualTo(Instant.parse("2015-05-02T17:34:57.329751Z"));
    }

    /**
     * Listing 1 with the line a 0.22 master writes between the deactivation and the new registration (0.20-0.22
     * name the new pid, 0.23 and later say only that an attempt occurred).
     */
    @ParameterizedTest
    @ValueSource(strings = {"is being made from slave(1)@192.168.187.205:5051", "occurred"})
    void shouldReadTheRebootAsReplacedWhenTheMasterRemovesTheOldRegistration(String because) {
        // Given
        String log = Analyses.log("10.0.19.5", "2015/05/01 23:00:56",
                "I0502 17:00:26.087030 master.cpp:931] Disconnecting " + SLAVE_S0,
                "I0502 17:00:26.087103 master.cpp:950] Deactivating " + SLAVE_S0,
                "I0502 17:00:26.087155 hierarchical.hpp:630] Slave " + MASTER + "-S0 deactivated",
                "I0502 17:00:37.940643 master.cpp:3291] Removing old disconnected " + SLAVE_S0
                        + " because a registration attempt " + because,
                "I0502 17:00:37.940727 master.cpp:3341] Registering slave at slave(1)@192.168.187.205:5051"
                        + " (192.168.187.205) with id " + MASTER + "-S3",
                "I0502 17:00:38.116992 master.cpp:3376] Registered slave " + MASTER + "-S3 at"
                        + " slave(1)@192.168.187.205:5051 (192.168.187.205) with cpus(*):1; mem(*):496");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then
        AgentFailover failover = Analyses.of(result, AgentFailover.class).get(0);
        assertThat(failover.outcome()).isEqualTo(AgentOutcome.REPLACED);
        assertThat(failover.removedAt()).isEqualTo(Instant.parse("2015-05-02T17:00:37.940643Z"));
        assertThat(failover.removalReason()).isEqualTo("new registration from the same pid");
        assertThat(failover.downtime()).isEqualTo(Duration.ofNanos(12_029_962_000L));
        assertThat(failover.agentIds()).containsExactly(new AgentId(MASTER + "-S0"), new AgentId(MASTER + "-S3"));
        assertThat(Analyses.of(result, TimeoutCompliance.class)).isEmpty();
    }

    @Test
    void shouldStillCallAHealthCheckRemovalFollowedByANewRegistrationRemovedThenRejoined() {
        // Given: the health check removed the agent first; the stale registration line does not make it a reboot
        String log = Analyses.log("10.0.19.5", "2015/05/01 23:00:56",
                "I0502 17:00:26.087030 master.cpp:931] Disconnecting " + SLAVE_S0,
                "I0502 17:01:41.087030 master.cpp:266] Shutting down slave " + MASTER + "-S0 due to health check timeout",
                "I0502 17:01:41.100000 master.cpp:3291] Removing old disconnected " + SLAVE_S0
                        + " because a registration attempt occurred",
                "I0502 17:02:00.000000 master.cpp:3376] Registered slave " + MASTER + "-S3 at"
                        + " slave(1)@192.168.187.205:5051 (192.168.187.205) with cpus(*):1; mem(*):496");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then
        AgentFailover failover = Analyses.of(result, AgentFailover.class).get(0);
        assertThat(failover.outcome()).isEqualTo(AgentOutcome.REMOVED_THEN_REJOINED);
        assertThat(failover.removalReason()).isEqualTo("health check timed out");
    }
}
