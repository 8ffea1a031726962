package io.mesosfailover.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The study's two listings, through the real parser and the engine. */
class StudyListingIncidentsTest {

    private static final String MASTER = "20150501-230056-2407081856-5050-5669";
    private static final ProcessAddress AGENT = ProcessAddress.parse("192.168.187.205:5051");
    private static final String SLAVE_S0 = "slave " + MASTER + "-S0 at slave(1)@192.168.187.205:5051 (192.168.187.205)";

    @TempDir
    Path folder;

    @Test
    void shouldReadListingOneAsAReplacedAgentWithItsDowntime() {
        // When
        AnalysisResult result = Analyses.ofFiles(TimelineSettings.DEFAULTS, Analyses.resource("study-listing-1.log"));

        // Then
        AgentFailover failover = Analyses.only(result, AgentFailover.class);
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
        AgentFailover failover = Analyses.only(result, AgentFailover.class);
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
                registering("slave "), registered("slave "));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then
        AgentFailover failover = replacedAtTheStaleRemoval(result);
        assertThat(failover.downtime()).isEqualTo(Duration.ofNanos(12_029_962_000L));
        assertThat(failover.agentIds()).containsExactly(new AgentId(MASTER + "-S0"), new AgentId(MASTER + "-S3"));
        assertThat(Analyses.of(result, TimeoutCompliance.class)).isEmpty();
    }

    /**
     * The reboot with the removal lines a master writes after dropping the old registration (Mesos 0.22
     * {@code Master::removeSlave} and {@code _removeSlave}: no reason; 1.0 and 1.11: {@code a new agent registered at
     * the same address}), and its tasks lost: still a replaced agent, not one the master removed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"0.22", "1.0", "1.11"})
    void shouldReadTheRebootAsReplacedThroughTheRemovalLinesOfTheOldRegistration(String version) {
        // Given
        boolean slave = "0.22".equals(version);
        String word = slave ? "slave " : "agent ";
        String old = word + MASTER + "-S0 at slave(1)@192.168.187.205:5051 (192.168.187.205)";
        String because = " a new agent registered at the same address";
        String removing = slave ? "Removing " + old : "Removing " + old + ":" + because;
        String removed = slave ? "Removed slave " + MASTER + "-S0 (192.168.187.205)"
                : "1.0".equals(version) ? "Removed agent " + MASTER + "-S0 (192.168.187.205):" + because
                : "Removed " + old + ":" + because;
        String log = Analyses.log("10.0.19.5", "2015/05/01 23:00:56",
                "I0502 17:00:26.087030 master.cpp:931] Disconnecting " + old,
                "I0502 17:00:37.940643 master.cpp:3291] Removing old disconnected " + old
                        + " because a registration attempt occurred",
                "I0502 17:00:37.940663 master.cpp:4428] " + removing,
                "I0502 17:00:37.940673 hierarchical.cpp:473] Removed " + word + MASTER + "-S0",
                registering(word), "I0502 17:00:37.950643 master.cpp:4528] " + removed, registered(word));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then
        replacedAtTheStaleRemoval(result);
        assertThat(result.stats().unrecognized()).isZero();
    }

    @Test
    void shouldReadARemovalForANewRegistrationWithoutTheStaleLineAsReplaced() {
        // Given: only the removal lines, whose reason says why
        String old = "agent " + MASTER + "-S0 at slave(1)@192.168.187.205:5051 (192.168.187.205)";
        String log = Analyses.log("10.0.19.5", "2015/05/01 23:00:56",
                "I0502 17:00:26.087030 master.cpp:931] Disconnecting " + old,
                "I0502 17:00:37.940663 master.cpp:4428] Removing " + old
                        + ": a new agent registered at the same address",
                registered("agent "));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, log);

        // Then
        AgentFailover failover = Analyses.of(result, AgentFailover.class).get(0);
        assertThat(failover.outcome()).isEqualTo(AgentOutcome.REPLACED);
        assertThat(failover.removalReason()).isEqualTo("a new agent registered at the same address");
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

    /** @return the rebooted agent's new registration (id S3), worded with {@code slave } or {@code agent } */
    private static String registering(String word) {
        return "I0502 17:00:37.940727 master.cpp:3341] Registering " + word + "at slave(1)@192.168.187.205:5051"
                + " (192.168.187.205) with id " + MASTER + "-S3";
    }

    private static String registered(String word) {
        return "I0502 17:00:38.116992 master.cpp:3376] Registered " + word + MASTER + "-S3 at"
                + " slave(1)@192.168.187.205:5051 (192.168.187.205) with cpus(*):1; mem(*):496";
    }

    /** Checks that the only failover is a replaced agent, removed when the master dropped its old registration. */
    private static AgentFailover replacedAtTheStaleRemoval(AnalysisResult result) {
        AgentFailover failover = Analyses.of(result, AgentFailover.class).get(0);
        assertThat(failover.outcome()).isEqualTo(AgentOutcome.REPLACED);
        assertThat(failover.removedAt()).isEqualTo(Instant.parse("2015-05-02T17:00:37.940643Z"));
        assertThat(failover.removalReason()).isEqualTo("new registration from the same pid");
        return failover;
    }
}
