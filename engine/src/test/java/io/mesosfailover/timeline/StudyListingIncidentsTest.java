package io.mesosfailover.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.AgentAddress;
import io.mesosfailover.event.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The study's two listings, through the real parser and the engine. */
class StudyListingIncidentsTest {

    private static final String MASTER = "20150501-230056-2407081856-5050-5669";
    private static final AgentAddress AGENT = AgentAddress.parse("192.168.187.205:5051");

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
}
