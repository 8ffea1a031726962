package io.mesosfailover.cli.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.UnknownLineReport;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.AgentOutcome;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of expectation, passing and failing, against incidents built directly. */
class ExpectationsTest {

    private static final Instant T0 = Instant.parse("2021-03-09T14:00:00Z");
    private static final ProcessAddress AGENT = new ProcessAddress("10.0.19.8", 5051);
    private static final RegionMap REGIONS = RegionMap.of("oslo", "10.0.19.0/24");
    private static final List<Incident> INCIDENTS = List.of(
            new AgentFailover(Incident.idOf(AgentFailover.class, AGENT.toString(), T0.plusSeconds(600)), "c", AGENT,
                    null, "m1", List.of(new AgentId("S5")), T0.plusSeconds(600), "disconnected", false,
                    T0.plusSeconds(678), "health check timed out", null, T0.plusSeconds(712), "agent-reregistered",
                    AgentOutcome.UNREACHABLE_THEN_REREGISTERED, null, false),
            new TimeoutCompliance(Incident.idOf(TimeoutCompliance.class, AGENT.toString(), T0.plusSeconds(600)), "c",
                    TimeoutCompliance.ComplianceCheck.HEALTH_CHECK, AGENT, new AgentId("S5"), "m1", T0.plusSeconds(600),
                    T0.plusSeconds(695), T0.plusSeconds(675), T0.plusSeconds(690), TimeoutCompliance.Verdict.LATE,
                    false, false),
            new LeaderFailover(Incident.idOf(LeaderFailover.class, "m2", T0.plusSeconds(1208)), "c", "m1",
                    T0.plusSeconds(1200), "zoo-keeper-session-expired", "m2", T0.plusSeconds(1208), 7L, 7,
                    T0.plusSeconds(1212), null, LeaderFailover.Readiness.NONE, false),
            new LeaderlessPeriod(Incident.idOf(LeaderlessPeriod.class, "c", T0.plusSeconds(1800)), "c",
                    T0.plusSeconds(1800), T0.plusSeconds(1895), List.of("no-leader-elected"), List.of("m1", "m3"), false),
            new RegionOutage(Incident.idOf(RegionOutage.class, "oslo", T0.plusSeconds(2400)), "c", "oslo",
                    List.of(AGENT, new ProcessAddress("10.0.19.9", 5051)), T0.plusSeconds(2400), T0.plusSeconds(2700), List.of(), false, false),
            new TaskRescheduling(Incident.idOf(TaskRescheduling.class, "web.1", T0.plusSeconds(3000)), "c", "web",
                    "web.1", "TASK_LOST", T0.plusSeconds(3000), AGENT, "web.2", T0.plusSeconds(3090),
                    new ProcessAddress("10.0.19.9", 5051), false));
    private static final AnalysisResult ANALYSIS = new AnalysisResult(INCIDENTS, ParseStats.empty(), List.of(),
            List.of(), List.of(), T0.plusSeconds(3600), List.of(), T0, List.of(), List.of(), UnknownLineReport.empty(), List.of());

    private static ExpectationResult judge(String expectation) {
        Drill drill = DrillFile.parse("t.yaml", "drill: t\nexpect:\n  - " + expectation + "\n");
        return drill.judge(ANALYSIS, REGIONS).get(0);
    }

    @Test
    void shouldJudgeAnAgentFailover() {
        ExpectationResult pass = judge("agent-failover: {agent: 10.0.19.8:5051, between: [+9m, +11m], back-within: 2m,"
                + " outcome: unreachable_then_reregistered}");
        assertThat(pass.passed()).isTrue();
        assertThat(pass.incident()).isEqualTo("agent-failover/10.0.19.8:5051/2021-03-09T14:10:00Z");
        assertThat(pass.figures()).containsEntry("outcome", "unreachable_then_reregistered");
        assertThat(pass.figures().get("downtime_s").toString()).isEqualTo("112");
        ExpectationResult slow = judge("agent-failover: {region: oslo, back-within: 60s}");
        assertThat(slow.passed()).isFalse();
        assertThat(slow.reason()).isEqualTo("back after 112 s, more than 60s");
        assertThat(judge("agent-failover: {agent: 10.0.19.8, outcome: replaced}").reason())
                .isEqualTo("back as unreachable_then_reregistered");
        ExpectationResult none = judge("agent-failover: {agent: 10.0.19.8:5051, between: [+1m, +2m]}");
        assertThat(none.passed()).isFalse();
        assertThat(none.incident()).isNull();
        assertThat(none.reason()).isEqualTo("no agent failover 10.0.19.8:5051 began between +1m and +2m");
    }

    @Test
    void shouldJudgeHealthChecks() {
        ExpectationResult late = judge("health-checks: {region: oslo}");
        assertThat(late.passed()).isFalse();
        assertThat(late.reason()).isEqualTo("the action was late");
        assertThat(late.figures()).containsEntry("verdict", "late").containsEntry("window_s", "75..90");
        assertThat(judge("health-checks: {agent: 10.0.19.8:5051, verdict: [within, late]}").passed()).isTrue();
        assertThat(judge("health-checks: {master: m9}").passed()).isFalse();
        assertThat(judge("health-checks: {master: m9, at-least: 0}").passed()).isTrue();
    }

    @Test
    void shouldJudgeALeaderFailover() {
        ExpectationResult pass = judge("leader-failover: {gap-at-most: 30s, agents-back-within: 60s}");
        assertThat(pass.passed()).isTrue();
        assertThat(pass.figures()).containsEntry("agents_back", "7 of 7");
        assertThat(judge("leader-failover: {gap-at-most: 5s}").reason()).isEqualTo("the gap was 8 s, more than 5s");
        assertThat(judge("leader-failover: {agents-back-within: 2s}").reason())
                .isEqualTo("the agents were back after 4 s, more than 2s");
        assertThat(judge("leader-failover: {master: m3}").passed()).isFalse();
    }

    @Test
    void shouldJudgeLeaderlessPeriodsExpectedAndNot() {
        assertThat(judge("no-leaderless-period: {longer-than: 2m}").passed()).isTrue();
        ExpectationResult tooLong = judge("no-leaderless-period: {longer-than: 60s}");
        assertThat(tooLong.passed()).isFalse();
        assertThat(tooLong.reason()).isEqualTo("one lasted 95 s");
        assertThat(tooLong.incident()).isEqualTo("leaderless-period/c/2021-03-09T14:30:00Z");
        assertThat(judge("no-leaderless-period: {longer-than: 60s, between: [+0s, +10m]}").passed()).isTrue();
        assertThat(judge("leaderless-period: {master: m3, lasts-at-least: 60s, ends-within: 2m}").passed()).isTrue();
        assertThat(judge("leaderless-period: {ends-within: 60s}").reason()).isEqualTo("it lasted 95 s, more than 60s");
        assertThat(judge("leaderless-period: {lasts-at-least: 2m}").reason()).isEqualTo("it lasted 95 s, less than 2m");
        assertThat(judge("leaderless-period: {master: m2}").passed()).isFalse();
    }

    @Test
    void shouldJudgeARegionOutage() {
        assertThat(judge("region-outage: {region: oslo, ends-within: 10m, agents-at-least: 2}").passed()).isTrue();
        assertThat(judge("region-outage: {region: oslo, ends-within: 4m}").reason())
                .isEqualTo("it lasted 300 s, more than 4m");
        assertThat(judge("region-outage: {region: oslo, agents-at-least: 3}").reason())
                .isEqualTo("it took down 2 agents");
        assertThat(judge("region-outage: {region: frankfurt}").reason()).isEqualTo("no outage of frankfurt in the logs");
    }

    @Test
    void shouldJudgeTaskRelaunches() {
        ExpectationResult pass = judge("tasks-relaunched: {within: 120s, region: oslo}");
        assertThat(pass.passed()).isTrue();
        assertThat(pass.expectation()).isEqualTo("tasks lost in oslo are relaunched within 120s");
        assertThat(judge("tasks-relaunched: {within: 2m, agent: 10.0.19.8:5051, application: web}").expectation())
                .isEqualTo("tasks of web lost on 10.0.19.8:5051 are relaunched within 2m");
        assertThat(pass.figures()).containsEntry("relaunched", true);
        assertThat(judge("tasks-relaunched: {within: 60s}").reason()).isEqualTo("relaunched after 90 s, more than 60s");
        assertThat(judge("tasks-relaunched: {within: 60s, application: db}").passed()).isFalse();
    }
}
