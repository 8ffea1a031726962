package io.mesosfailover.influx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.TimelineSettings;
import io.mesosfailover.timeline.TimeoutCompliance;
import io.mesosfailover.timeline.TimeoutPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provisioned alert rules, evaluated as Grafana evaluates them ({@link GrafanaAlertRules}) against a real InfluxDB
 * 1.x: every evaluation of each rule's group, replayed over the generated scenarios and a drill (a late and a missing
 * health check, unknown lines) written as the live path writes them (incident and parse-health points, and the
 * cluster state every 10 s), fires where the incidents say it must and nowhere else; over a quiet cluster no rule
 * ever fires.
 */
@Tag("integration")
@Timeout(600)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertRulesIT {

    private static final Path ALERTING = Path.of(System.getProperty("alerting.dir",
            "../dashboards/grafana/provisioning/alerting"), "mesos-failover.yaml");
    private static final String SCENARIO = "scenario";
    private static final String QUIET = "quiet";
    /** From the health-check window's end to the firing evaluation: a state report (10 s) and an evaluation (10 s). */
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(20);

    @TempDir
    static Path folder;

    /** Stopped after the class's tests by JUnit (not when it never started). */
    @AutoClose
    private Influxd influxd;
    private AnalyzedScenario scenario;
    private AnalysisResult drill;
    private AnalysisResult quiet;
    private Map<String, GrafanaAlertRules.Rule> rules;

    @BeforeAll
    void writeTheScenariosTheDrillAndTheQuietCluster() throws IOException, InterruptedException {
        influxd = Influxd.start(Files.createDirectories(folder.resolve("influxd")), SCENARIO);
        influxd.query("CREATE DATABASE \"" + QUIET + "\"", null);
        scenario = AnalyzedScenario.of(Files.createDirectories(folder.resolve("scenario")), MesosWording.V1_11);
        RegionMap regions = RegionMap.load(folder.resolve("scenario/regions.yaml"));
        List<MetricPoint> points = new ArrayList<>(scenario.points());
        points.addAll(LiveStates.of(scenario.logs().files(), ParserSettings.defaults(),
                TimelineSettings.DEFAULTS.withRegions(regions)));
        Path drillLog = AlertDrillLogs.drill(folder.resolve("drill"));
        drill = analyze(drillLog, "drill");
        points.addAll(points(drill, drillLog, "drill"));
        write(SCENARIO, points);
        Path quietLog = AlertDrillLogs.quiet(folder.resolve("quiet"));
        quiet = analyze(quietLog, QUIET);
        write(QUIET, points(quiet, quietLog, QUIET));
        rules = GrafanaAlertRules.load(ALERTING).stream()
                .collect(Collectors.toMap(GrafanaAlertRules.Rule::uid, rule -> rule));
    }

    @Test
    void shouldFireWhileNoMasterLeadsForMoreThanAMinute() throws IOException, InterruptedException {
        // Given: the semi-isolation's 95 s without a leader; the leader failover's 8 s gap must not fire
        List<LeaderlessPeriod> longPeriods = of(scenario.result(), LeaderlessPeriod.class).stream()
                .filter(period -> period.duration().compareTo(Duration.ofMinutes(1)) > 0).collect(Collectors.toList());
        assertThat(longPeriods).hasSize(1);

        // When
        Map<Map<String, String>, List<Instant>> firing = firingInScenario("mesos-failover-no-leader");

        // Then
        assertThat(firing).containsOnlyKeys(Map.of("cluster", "default"));
        assertThat(firing.get(Map.of("cluster", "default"))).isNotEmpty().allSatisfy(at ->
                assertThat(longPeriods).anySatisfy(period -> assertThat(at)
                        .isBetween(period.start().plusSeconds(60), period.end().plus(SEEN_WITHIN))));
    }

    @Test
    void shouldFireWhileAnAgentIsDownPastItsHealthCheckWindow() throws IOException, InterruptedException {
        // Given: every failover of the scenarios and the drill; those down more than 30 s past the window must fire
        Duration window = TimeoutPolicy.DEFAULTS.healthCheckLatest();
        List<AgentFailover> failovers = new ArrayList<>(of(scenario.result(), AgentFailover.class));
        failovers.addAll(of(drill, AgentFailover.class));

        // When
        Map<Map<String, String>, List<Instant>> firing = firingInScenario("mesos-failover-agent-down");

        // Then
        assertThat(firing).containsOnlyKeys(Map.of("cluster", "default"), Map.of("cluster", "drill"));
        firing.forEach((labels, times) -> assertThat(times).allMatch(at -> failovers.stream().anyMatch(
                failover -> failover.cluster().equals(labels.get("cluster")) && pastWindow(failover, window, at))));
        List<AgentFailover> longOnes = failovers.stream().filter(failover -> failover.downtime()
                .compareTo(window.plusSeconds(30)) > 0).collect(Collectors.toList());
        assertThat(longOnes).hasSizeGreaterThanOrEqualTo(5).allMatch(failover -> firing.get(Map.of("cluster",
                failover.cluster())).stream().anyMatch(at -> pastWindow(failover, window, at)));
    }

    @Test
    void shouldFireForLateAndMissingVerdictsOnly() throws IOException, InterruptedException {
        // Given: the scenarios' verdicts are all within; the drill's master acted late on one agent, never on another
        assertThat(of(scenario.result(), TimeoutCompliance.class)).extracting(TimeoutCompliance::verdict)
                .containsOnly(TimeoutCompliance.Verdict.WITHIN);
        assertThat(of(drill, TimeoutCompliance.class)).extracting(TimeoutCompliance::verdict)
                .containsExactly(TimeoutCompliance.Verdict.LATE, TimeoutCompliance.Verdict.MISSING);

        // When
        Map<Map<String, String>, List<Instant>> firing = firingInScenario("mesos-failover-compliance");

        // Then: while each verdict is less than an hour old
        assertThat(firing).containsOnlyKeys(
                Map.of("cluster", "drill", "check", "health_check", "verdict", "late"),
                Map.of("cluster", "drill", "check", "health_check", "verdict", "missing"));
        firing.values().forEach(times -> assertThat(times).allSatisfy(at -> assertThat(at).isBetween(
                AlertDrillLogs.DRILL_START, AlertDrillLogs.DRILL_START.plus(Duration.ofMinutes(75)))));
    }

    @Test
    void shouldFireWhereMoreThanFivePercentOfTheLinesAreUnknown() throws IOException, InterruptedException {
        // Given: a tenth of the drill's lines are of no Mesos template; the scenarios' share is what it is
        double drillShare = share(drill);
        double scenarioShare = share(scenario.result());
        assertThat(drillShare).isGreaterThan(5);

        // When
        Map<Map<String, String>, List<Instant>> firing = firingInScenario("mesos-failover-unknown-lines");

        // Then: the parse health of an analysis is at its newest line and read for the 10 minutes after
        assertThat(firing).containsKey(Map.of("cluster", "drill", "host", "all"));
        assertThat(firing.containsKey(Map.of("cluster", "default", "host", "all"))).isEqualTo(scenarioShare > 5);
        assertThat(firing).hasSize(scenarioShare > 5 ? 2 : 1);
        assertThat(firing.get(Map.of("cluster", "drill", "host", "all"))).allSatisfy(at -> assertThat(at)
                .isBetween(drill.lastEventTime(), drill.lastEventTime().plus(Duration.ofMinutes(10))));
    }

    @Test
    void shouldStaySilentOnAQuietCluster() throws IOException, InterruptedException {
        // Given: the queries do see the quiet cluster
        Instant end = quiet.lastEventTime();
        assertThat(GrafanaAlertRules.evaluate(rules.get("mesos-failover-no-leader"), end, influxd, QUIET))
                .containsExactly(Map.entry(Map.of("cluster", QUIET), 0.0));
        assertThat(GrafanaAlertRules.evaluate(rules.get("mesos-failover-agent-down"), end, influxd, QUIET))
                .containsExactly(Map.entry(Map.of("cluster", QUIET), 0.0));
        assertThat(GrafanaAlertRules.evaluate(rules.get("mesos-failover-unknown-lines"), end, influxd, QUIET))
                .hasEntrySatisfying(Map.of("cluster", QUIET, "host", "all"), share -> assertThat(share)
                        .isBetween(0.5, 5.0));

        // When / Then: no rule fires at any evaluation from before its start to an hour after its end
        for (GrafanaAlertRules.Rule rule : rules.values()) {
            assertThat(GrafanaAlertRules.firing(rule, influxd, QUIET, AlertDrillLogs.QUIET_START.minusSeconds(300),
                    end.plus(Duration.ofHours(1)))).as(rule.uid()).isEmpty();
        }
        assertThat(rules).hasSize(4);
    }

    /** @return whether at {@code at} the agent has been down past its window, give or take a report and an evaluation */
    private static boolean pastWindow(AgentFailover failover, Duration window, Instant at) {
        return !at.isBefore(failover.lostAt().plus(window)) && !at.isAfter(failover.recoveredAt().plus(SEEN_WITHIN));
    }

    private Map<Map<String, String>, List<Instant>> firingInScenario(String uid)
            throws IOException, InterruptedException {
        Instant from = scenario.result().firstEventTime().minusSeconds(300);
        Instant to = drill.lastEventTime().plus(Duration.ofMinutes(75));
        return GrafanaAlertRules.firing(rules.get(uid), influxd, SCENARIO, from, to);
    }

    private static AnalysisResult analyze(Path log, String cluster) throws IOException {
        return new BatchAnalyzer(new GlogParser(ParserSettings.defaults().withCluster(cluster)),
                TimelineSettings.DEFAULTS).analyze(List.of(log));
    }

    /** @return what the live path writes for one master's log: its incidents, parse health and states */
    private static List<MetricPoint> points(AnalysisResult result, Path log, String cluster) throws IOException {
        List<MetricPoint> points = new ArrayList<>(new IncidentMetrics(RegionMap.EMPTY).analysisPoints(result,
                cluster, "all"));
        points.addAll(LiveStates.of(List.of(log), ParserSettings.defaults().withCluster(cluster),
                TimelineSettings.DEFAULTS));
        return points;
    }

    private static double share(AnalysisResult result) {
        return 100.0 * result.stats().unrecognized() / result.stats().lines();
    }

    private void write(String database, List<MetricPoint> points) throws InterruptedException {
        InfluxTarget target = new InfluxTarget.V1(influxd.url(), database, null, "writer", Secret.of("unused"));
        MetricsSink sink = MetricsSink.open(target, SinkSettings.DEFAULTS, warning -> { });
        sink.write(points);
        assertThat(sink.flush(Duration.ofSeconds(30))).isTrue();
        sink.close();
        assertThat(sink.stats().written()).isEqualTo(points.size());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Incident> List<T> of(AnalysisResult result, Class<T> kind) {
        return (List<T>) result.incidents().stream().filter(kind::isInstance).collect(Collectors.toList());
    }
}
