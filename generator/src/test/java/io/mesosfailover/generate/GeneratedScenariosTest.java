package io.mesosfailover.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.metrics.PointKeys;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.IncidentJson;
import io.mesosfailover.timeline.IncidentsByKind;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.TimelineSettings;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every generated scenario, in each wording, gives exactly the incidents of its ground truth, one metric point each. */
class GeneratedScenariosTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(MesosWording.class)
    void shouldGiveTheGroundTruthIncidents(MesosWording wording) throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(wording, 7, 3_000).generate(folder.resolve("logs"));
        Path regions = Files.writeString(folder.resolve("regions.yaml"), ScenarioGenerator.REGIONS_YAML);
        TimelineSettings settings = TimelineSettings.DEFAULTS.withRegions(RegionMap.load(regions));

        // When
        AnalysisResult result = new BatchAnalyzer(new GlogParser(ParserSettings.defaults()), settings).analyze(
                logs.files().stream().map(Path::toString).collect(Collectors.toList()),
                new ByteArrayInputStream(new byte[0]), bytes -> { });

        // Then
        assertThat(json(result.incidents())).containsExactlyElementsOf(json(logs.expected()));
        assertThat(result.stats().malformed()).isZero();
        assertThat(result.stats().lines()).isGreaterThan(3_000);
        assertThat(logs.expected()).extracting(Incident::kind).contains("agent-failover", "timeout-compliance",
                "leader-failover", "leaderless-period", "region-outage");
    }

    @ParameterizedTest
    @EnumSource(MesosWording.class)
    void shouldGiveTheGroundTruthOfOneBusyMaster(MesosWording wording) throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(wording, 3, 20_000, new ClusterShape(1, 60, 150))
                .generate(folder.resolve("logs"));

        // When
        AnalysisResult result = new BatchAnalyzer(new GlogParser(ParserSettings.defaults()), TimelineSettings.DEFAULTS)
                .analyze(logs.files().stream().map(Path::toString).collect(Collectors.toList()),
                        new ByteArrayInputStream(new byte[0]), bytes -> { });

        // Then
        assertThat(logs.files()).hasSize(1);
        assertThat(json(result.incidents())).containsExactlyElementsOf(json(logs.expected()));
        assertThat(result.stats().malformed()).isZero();
        assertThat(logs.expected()).filteredOn(incident -> incident.kind().equals(AgentFailover.KIND)).hasSize(152);
        assertThat(logs.expected()).extracting(Incident::kind).containsOnly("agent-failover", "timeout-compliance");
    }

    @Test
    void shouldRefuseMoreAgentsWithThreeMasters() {
        assertThatThrownBy(() -> new ClusterShape(3, 8, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("single master");
        assertThatThrownBy(() -> new ClusterShape(2, 7, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 or 3");
    }

    @Test
    void shouldGiveOnePointPerIncidentWithUniqueKeys() throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(MesosWording.V1_11, 7, 0).generate(folder.resolve("logs"));

        // When
        List<MetricPoint> points = new IncidentMetrics(RegionMap.load(Files.writeString(folder.resolve("regions.yaml"),
                ScenarioGenerator.REGIONS_YAML))).points(logs.expected());

        // Then
        assertThat(points).hasSameSizeAs(logs.expected());
        assertThat(points).extracting(point -> point.fields().get("id"))
                .containsExactlyElementsOf(logs.expected().stream().map(Incident::id).toList());
        assertThat(points).extracting(PointKeys.Key::of).doesNotHaveDuplicates();
        assertThat(points).extracting(MetricPoint::measurement).contains("agent_failover", "timeout_compliance",
                "leader_failover", "leaderless_period", "region_outage");
    }

    @Test
    void shouldSortEveryIncidentIntoTheListOfItsKind() throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(MesosWording.V0_22, 5, 0).generate(folder.resolve("logs"));

        // When
        IncidentsByKind kinds = IncidentsByKind.of(logs.expected());

        // Then
        assertThat(kinds.agentFailovers()).extracting(Incident::kind).containsOnly(AgentFailover.KIND);
        assertThat(kinds.timeoutCompliance()).extracting(Incident::kind).containsOnly(TimeoutCompliance.KIND);
        assertThat(kinds.leaderFailovers()).extracting(Incident::kind).containsOnly(LeaderFailover.KIND);
        assertThat(kinds.leaderlessPeriods()).extracting(Incident::kind).containsOnly(LeaderlessPeriod.KIND);
        assertThat(kinds.regionOutages()).extracting(Incident::kind).containsOnly(RegionOutage.KIND);
        assertThat(kinds.agentFailovers().size() + kinds.timeoutCompliance().size() + kinds.leaderFailovers().size()
                + kinds.leaderlessPeriods().size() + kinds.regionOutages().size() + kinds.taskReschedulings().size())
                .isEqualTo(logs.expected().size());
    }

    private static List<String> json(List<Incident> incidents) {
        return incidents.stream().map(incident -> IncidentJson.toJson(incident).toString()).collect(Collectors.toList());
    }
}
