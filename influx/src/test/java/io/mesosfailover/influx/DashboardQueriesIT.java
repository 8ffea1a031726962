package io.mesosfailover.influx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated scenarios analysed and written to a real InfluxDB 1.x through the v1 sink; then every query of every
 * panel (and template variable) of every dashboard, filled in as Grafana would, gives exactly the series and values
 * the incidents say.
 */
@Tag("integration")
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardQueriesIT {

    private static final String DATABASE = "mesos";
    private static final Path DASHBOARDS = Path.of(System.getProperty("dashboards.dir",
            "../dashboards/grafana/dashboards"));

    @TempDir
    static Path folder;

    /** Stopped after the class's tests by JUnit (not when it never started). */
    @AutoClose
    private Influxd influxd;
    private AnalyzedScenario scenario;
    private DashboardOracle oracle;

    @BeforeAll
    void writeTheScenarios() throws IOException, InterruptedException {
        influxd = Influxd.start(Files.createDirectories(folder.resolve("influxd")), DATABASE);
        scenario = AnalyzedScenario.of(Files.createDirectories(folder.resolve("scenario")), MesosWording.V1_11);
        oracle = new DashboardOracle(scenario.result());
        SinkStats stats = write(scenario.points());
        assertThat(stats.written()).isEqualTo(scenario.points().size());
    }

    @Test
    void shouldAnswerEveryPanelQueryWithTheIncidentsValues() throws IOException, InterruptedException {
        // Given
        List<JsonNode> dashboards = dashboards();
        List<String> checked = new ArrayList<>();
        Set<String> panelsWithData = new TreeSet<>();

        // When / Then
        for (JsonNode dashboard : dashboards) {
            String uid = dashboard.path("uid").asText();
            for (Map<String, String> variables : variableValues(dashboard)) {
                for (JsonNode panel : dashboard.path("panels")) {
                    for (JsonNode target : panel.path("targets")) {
                        String query = fill(target.path("query").asText(), variables);
                        Set<String> actual = DashboardOracle.rows(influxd.query(query, DATABASE), query);
                        Set<String> expected = oracle.expected(uid, panel.path("title").asText(), variables);
                        assertThat(actual).as(uid + " / " + panel.path("title").asText() + ": " + query)
                                .isEqualTo(expected);
                        checked.add(uid + "/" + panel.path("id").asInt() + "/" + variables);
                        if (!actual.isEmpty()) {
                            panelsWithData.add(uid + "/" + panel.path("title").asText());
                        }
                    }
                }
            }
        }
        assertThat(checked).hasSize(11 + 4 * oracle.agents().size());
        // Every panel has data, the task panels too: the generated scenarios lose Marathon tasks with their agents.
        assertThat(panelsWithData).hasSize(11 + 4);
    }

    @Test
    void shouldAnswerEveryAnnotationQueryWithOneMarkPerIncident() throws IOException, InterruptedException {
        // Given
        List<String> annotated = new ArrayList<>();

        // When / Then: each annotation marks the incidents of its kind (verdicts other than within) at their start
        for (JsonNode dashboard : dashboards()) {
            for (JsonNode annotation : dashboard.path("annotations").path("list")) {
                String query = fill(annotation.path("query").asText(), Map.of("cluster", "default"));
                Set<String> marks = new TreeSet<>();
                for (JsonNode series : influxd.query(query, DATABASE).path("series")) {
                    assertThat(series.path("columns").path(1).asText()).isEqualTo(annotation.path("textColumn")
                            .asText());
                    series.path("values").forEach(row -> marks.add(row.path(0).asLong() + " " + row.path(1).asText()));
                }
                String measurement = series(query);
                Set<String> expected = scenario.result().incidents().stream()
                        .filter(incident -> incident.kind().replace('-', '_').equals(measurement))
                        .filter(incident -> !(incident instanceof TimeoutCompliance)
                                || ((TimeoutCompliance) incident).verdict() != TimeoutCompliance.Verdict.WITHIN)
                        .map(incident -> incident.start().toEpochMilli() + " " + incident.id())
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(marks).as(annotation.path("name").asText()).isEqualTo(expected);
                annotated.add(measurement);
            }
        }
        assertThat(annotated).containsExactlyInAnyOrder("agent_failover", "timeout_compliance", "leader_failover",
                "leaderless_period", "region_outage", "task_rescheduling");
    }

    private static String series(String query) {
        Matcher from = Pattern.compile("FROM \"([a-z_]+)\"").matcher(query);
        assertThat(from.find()).as(query).isTrue();
        return from.group(1);
    }

    @Test
    void shouldOfferEveryAgentAndClusterAsTemplateValues() throws IOException, InterruptedException {
        // Given
        JsonNode agentDashboard = dashboards().stream()
                .filter(dashboard -> dashboard.path("uid").asText().equals("mesos-failover-agent")).findFirst()
                .orElseThrow();

        // When
        Map<String, Set<String>> values = new java.util.TreeMap<>();
        for (JsonNode variable : agentDashboard.path("templating").path("list")) {
            String query = fill(variable.path("query").asText(), Map.of("cluster", "default"));
            values.put(variable.path("name").asText(), tagValues(influxd.query(query, DATABASE)));
        }

        // Then
        assertThat(values.get("cluster")).containsExactly("default");
        assertThat(values.get("agent")).isEqualTo(oracle.agents());
    }

    @Test
    void shouldKeepThePointCountWhenTheSameLogsAreWrittenAgain() throws IOException, InterruptedException {
        // Given
        long before = pointCount();

        // When: the same logs analysed again and written again
        List<MetricPoint> again = AnalyzedScenario.points(
                AnalyzedScenario.analyze(scenario.logs(), io.mesosfailover.timeline.RegionMap.load(
                        folder.resolve("scenario/regions.yaml"))), io.mesosfailover.timeline.RegionMap.load(
                        folder.resolve("scenario/regions.yaml")));
        SinkStats stats = write(again);

        // Then
        assertThat(again).isEqualTo(scenario.points());
        assertThat(stats.written()).isEqualTo(again.size());
        assertThat(pointCount()).isEqualTo(before).isEqualTo(scenario.points().size());
    }

    private long pointCount() throws IOException, InterruptedException {
        long count = influxd.count(DATABASE, "parse_health", "lines")
                + influxd.count(DATABASE, "cluster_state", "agents_down");
        for (String measurement : List.of("agent_failover", "timeout_compliance", "leader_failover",
                "leaderless_period", "region_outage", "task_rescheduling")) {
            count += influxd.count(DATABASE, measurement, "id");
        }
        return count;
    }

    private SinkStats write(List<MetricPoint> points) throws InterruptedException {
        InfluxTarget target = new InfluxTarget.V1(influxd.url(), DATABASE, null, "writer", Secret.of("unused"));
        MetricsSink sink = MetricsSink.open(target, SinkSettings.DEFAULTS, warning -> { });
        sink.write(points);
        assertThat(sink.flush(Duration.ofSeconds(30))).isTrue();
        sink.close();
        return sink.stats();
    }

    private List<Map<String, String>> variableValues(JsonNode dashboard) {
        List<Map<String, String>> combinations = new ArrayList<>();
        boolean perAgent = false;
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            perAgent |= variable.path("name").asText().equals("agent");
        }
        if (perAgent) {
            for (String agent : oracle.agents()) {
                combinations.add(Map.of("cluster", "default", "agent", agent));
            }
        } else {
            combinations.add(Map.of("cluster", "default"));
        }
        return combinations;
    }

    private String fill(String query, Map<String, String> variables) {
        List<Incident> incidents = scenario.result().incidents();
        Instant from = incidents.get(0).start().minus(Duration.ofHours(1));
        Instant to = scenario.result().lastEventTime().plus(Duration.ofHours(1));
        return GrafanaMacros.fill(query, from, to, "1m", variables);
    }

    private static Set<String> tagValues(JsonNode result) {
        Set<String> values = new TreeSet<>();
        for (JsonNode series : result.path("series")) {
            for (JsonNode row : series.path("values")) {
                values.add(row.path(1).asText());
            }
        }
        return values;
    }

    private static List<JsonNode> dashboards() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> dashboards = new ArrayList<>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList())) {
                dashboards.add(mapper.readTree(file.toFile()));
            }
        }
        assertThat(dashboards).hasSize(2);
        return dashboards;
    }
}
