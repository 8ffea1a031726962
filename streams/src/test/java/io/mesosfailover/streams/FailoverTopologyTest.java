package io.mesosfailover.streams;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.generate.GeneratedLogs;
import io.mesosfailover.generate.ScenarioGenerator;
import io.mesosfailover.json.Json;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.AgentOutcome;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.TimelineSettings;
import io.mesosfailover.topics.LineHeaders;
import io.mesosfailover.topics.Topics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

/** The topology, driven by the test driver: the same incidents as the batch analyzer for every scenario. */
class FailoverTopologyTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(MesosWording.class)
    void shouldGiveTheIncidentsOfTheBatchAnalyzer(MesosWording wording) throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(wording, 5, 2_000).generate(folder.resolve("logs"));
        TimelineSettings timeline = TimelineSettings.DEFAULTS.withRegions(ScenarioGenerator.regions());
        StreamSettings settings = new StreamSettings(ParserSettings.defaults(), timeline, Duration.ofSeconds(5),
                Duration.ofMillis(500));
        AnalysisResult batch = new BatchAnalyzer(timeline).analyze(logs.files());
        List<TestRecord<String, String>> records = ScenarioRecords.interleaved("default", logs.files());

        // When
        List<String> incidents;
        List<String> unparsed;
        List<String> metrics;
        List<String> later;
        try (TopologyTestDriver driver = new TopologyTestDriver(FailoverTopology.build(settings), driverConfig())) {
            TestInputTopic<String, String> lines = driver.createInputTopic(Topics.LINES.name(),
                    Serdes.String().serializer(), Serdes.String().serializer());
            lines.pipeRecordList(records);
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            incidents = driver.createOutputTopic(Topics.INCIDENTS.name(), Serdes.String().deserializer(),
                    Serdes.String().deserializer()).readValuesToList();
            metrics = driver.createOutputTopic(Topics.METRICS.name(), Serdes.String().deserializer(),
                    Serdes.String().deserializer()).readValuesToList();
            unparsed = driver.createOutputTopic(Topics.UNPARSED.name(), Serdes.String().deserializer(),
                    Serdes.String().deserializer()).readValuesToList();
            driver.advanceWallClockTime(TimelineStage.REPORT_INTERVAL);
            later = driver.createOutputTopic(Topics.METRICS.name(), Serdes.String().deserializer(),
                    Serdes.String().deserializer()).readValuesToList();
        }

        // Then
        assertThat(incidents).containsExactlyInAnyOrderElementsOf(closedBeforeTheEnd(batch.incidents()));
        assertThat(unparsed).isEmpty();
        assertThat(metrics).hasSize(incidents.size());
        assertThat(metrics.stream().map(text -> Json.read(text, MetricPoint.class)).map(MetricPoint::measurement))
                .contains(IncidentMetrics.AGENT_FAILOVER, IncidentMetrics.LEADER_FAILOVER);
        assertThat(incidents).hasSizeGreaterThan(5);
        List<MetricPoint> reported = later.stream().map(text -> Json.read(text, MetricPoint.class))
                .collect(Collectors.toList());
        assertThat(reported).extracting(MetricPoint::measurement)
                .containsOnly(IncidentMetrics.PARSE_HEALTH, IncidentMetrics.CLUSTER_STATE);
        assertThat(reported.stream().filter(point -> point.measurement().equals(IncidentMetrics.PARSE_HEALTH))
                .map(FailoverTopologyTest::parseHealthFields))
                .containsExactlyInAnyOrderElementsOf(analyzedOneByOne(logs.files(), timeline));
        long notRecovered = batch.incidents().stream().filter(incident -> incident instanceof AgentFailover
                && ((AgentFailover) incident).outcome() == AgentOutcome.NOT_RECOVERED).count();
        assertThat(reported).filteredOn(point -> point.measurement().equals(IncidentMetrics.CLUSTER_STATE))
                .singleElement().satisfies(state -> {
                    assertThat(state.fields()).containsEntry("agents_down", notRecovered);
                    assertThat(state.time()).isEqualTo(batch.lastEventTime());
                });
    }

    /** What analyze says of each file: its host, and what became of its lines. */
    private static List<String> analyzedOneByOne(List<Path> files, TimelineSettings timeline) throws IOException {
        List<String> described = new java.util.ArrayList<>();
        for (Path file : files) {
            AnalysisResult one = new BatchAnalyzer(timeline).analyze(List.of(file));
            TestRecord<String, String> first = ScenarioRecords.of("default", List.of(file)).get(0);
            String host = LineHeaders.readFrom(first.headers(), first.key()).host();
            described.add(parseHealthFields(IncidentMetrics.parseHealth("default", host, one.stats(),
                    one.lastEventTime())));
        }
        return described;
    }

    private static String parseHealthFields(MetricPoint point) {
        return point.tags() + " " + point.fields() + " " + point.time();
    }

    @Test
    void shouldRejectARecordWhoseClusterNameHoldsAControlCharacterAndGoOn() {
        // Given
        StreamSettings settings = new StreamSettings(ParserSettings.defaults(), TimelineSettings.DEFAULTS,
                Duration.ofSeconds(1), Duration.ofMillis(500));
        String line = "I1125 10:00:00.000001  7 master.cpp:1] Elected as the leading master!";

        // When
        List<String> unparsed;
        List<String> events;
        try (TopologyTestDriver driver = new TopologyTestDriver(FailoverTopology.build(settings), driverConfig())) {
            TestInputTopic<String, String> lines = driver.createInputTopic(Topics.LINES.name(),
                    Serdes.String().serializer(), Serdes.String().serializer());
            lines.pipeInput("prod\u0001x/m1", line);
            RecordHeaders headers = new RecordHeaders();
            new LineHeaders("prod", "m1", "mesos-master.INFO", 1, 2025, line.length() + 1).writeTo(headers);
            lines.pipeInput(new TestRecord<>("prod/m1", line, headers, (Long) null));
            unparsed = driver.createOutputTopic(Topics.UNPARSED.name(), Serdes.String().deserializer(),
                    Serdes.String().deserializer()).readValuesToList();
            events = driver.createOutputTopic(Topics.EVENTS.name(), Serdes.String().deserializer(),
                    Serdes.String().deserializer()).readValuesToList();
        }

        // Then
        assertThat(unparsed).singleElement().asString().contains("control character (U+0001)");
        assertThat(events).singleElement().asString().contains("\"cluster\":\"prod\"");
    }

    @ParameterizedTest
    @CsvSource({
        "false, false, 'agent-disconnected'",
        "true, false, 'agent-disconnected known-template'",
        "false, true, 'agent-disconnected unrecognized'",
        "true, true, 'agent-disconnected known-template unrecognized'"})
    void shouldPublishTheTypedEventsAndTheNamedAndUnrecognizedOnesOnlyWhenAsked(boolean named, boolean unrecognized,
            String expectedTypes) {
        // Given
        StreamSettings settings = new StreamSettings(ParserSettings.defaults(), TimelineSettings.DEFAULTS,
                Duration.ofSeconds(1), Duration.ofMillis(500)).withNamedPublished(named)
                .withUnrecognizedPublished(unrecognized);
        List<String> lines = List.of(
                "I1125 10:00:00.000000  7 master.cpp:3] Agent 20251125-000000-1-5050-1-S0 at slave(1)@10.0.0.1:5051"
                        + " (agent-0) disconnected",
                "I1125 10:00:01.000000  7 http.cpp:4] HTTP GET for /master/state from 10.0.0.9:4242",
                "I1125 10:00:02.000000  7 master.cpp:5] A line no Mesos release writes");

        // When
        List<JsonNode> events;
        try (TopologyTestDriver driver = new TopologyTestDriver(FailoverTopology.build(settings), driverConfig())) {
            pipeLines(driver, lines);
            events = driver.createOutputTopic(Topics.EVENTS.name(), Serdes.String().deserializer(),
                    Serdes.String().deserializer()).readValuesToList().stream()
                    .map(text -> Json.read(text, JsonNode.class)).collect(Collectors.toList());
        }

        // Then: a published known template has its fields
        assertThat(events).extracting(event -> event.get("type").asText()).containsExactly(expectedTypes.split(" "));
        assertThat(events).filteredOn(event -> event.get("type").asText().equals("known-template"))
                .allSatisfy(known -> assertThat(known.get("fields").get("path").asText()).isEqualTo("/master/state"));
    }

    @Test
    void shouldReportAnAgentThatIsDownBeforeItsIncidentCloses() {
        // Given
        StreamSettings settings = new StreamSettings(ParserSettings.defaults(), TimelineSettings.DEFAULTS,
                Duration.ofSeconds(1), Duration.ofMillis(500));
        String agent = "20251125-000000-1-5050-1-S%d at slave(1)@10.0.0.%d:5051 (agent-%d)";
        List<String> lines = List.of(
                "I1125 10:00:00.000000  7 master.cpp:1] Elected as the leading master!",
                "I1125 10:00:01.000000  7 master.cpp:2] Re-registered agent " + agent.formatted(0, 1, 0)
                        + " with cpus:4; mem:8192",
                "I1125 10:00:02.000000  7 master.cpp:2] Re-registered agent " + agent.formatted(1, 2, 1)
                        + " with cpus:4; mem:8192",
                "I1125 10:00:05.000000  7 master.cpp:3] Agent " + agent.formatted(0, 1, 0) + " disconnected",
                "I1125 10:00:40.000000  7 http.cpp:4] HTTP GET for /master/state from 10.0.0.9:4242");

        // When
        List<MetricPoint> reported;
        try (TopologyTestDriver driver = new TopologyTestDriver(FailoverTopology.build(settings), driverConfig())) {
            pipeLines(driver, lines);
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            driver.advanceWallClockTime(TimelineStage.REPORT_INTERVAL);
            reported = driver.createOutputTopic(Topics.METRICS.name(), Serdes.String().deserializer(),
                    Serdes.String().deserializer()).readValuesToList().stream()
                    .map(text -> Json.read(text, MetricPoint.class))
                    .filter(point -> point.measurement().equals(IncidentMetrics.CLUSTER_STATE))
                    .collect(Collectors.toList());
        }

        // Then
        assertThat(reported).singleElement().satisfies(state -> {
            assertThat(state.time()).isEqualTo(java.time.Instant.parse("2025-11-25T10:00:40Z"));
            assertThat(state.fields()).containsEntry("agents_known", 2L).containsEntry("agents_down", 1L)
                    .containsEntry("agents_removed", 0L).containsEntry("longest_down_s", 35.0)
                    .containsEntry("leader", "m1").containsEntry("leaderless", false);
        });
    }

    @Test
    void shouldCompressWithLz4UnlessThePlainClientSettingSaysOtherwise() {
        // Given
        Properties zstd = new Properties();
        zstd.put("compression.type", "zstd");
        zstd.put("max.poll.records", "50");

        // When
        StreamsConfig defaults = new StreamsConfig(FailoverTopology.config("a", "b:9092", new Properties()));
        StreamsConfig overridden = new StreamsConfig(FailoverTopology.config("a", "b:9092", zstd));

        // Then
        assertThat(defaults.getProducerConfigs("c")).containsEntry("compression.type", "lz4");
        assertThat(overridden.getProducerConfigs("c")).containsEntry("compression.type", "zstd");
        assertThat(overridden.getMainConsumerConfigs("g", "c", 0)).containsEntry("max.poll.records", "50");
    }

    /** What a live stream can know: the incidents closed by an event, not by the end of the input. */
    static List<String> closedBeforeTheEnd(List<Incident> incidents) {
        return incidents.stream().filter(incident -> incident.end() != null)
                .map(incident -> Json.write(incident)).collect(Collectors.toList());
    }

    private Properties driverConfig() {
        return FailoverTopology.config("test", "unused:9092", new Properties() {
            private static final long serialVersionUID = 1L;
            {
                put("state.dir", folder.resolve("state").toString());
            }
        });
    }

    /** Sends the lines to the driver as one record of master m1 of cluster prod, written in 2025. */
    private static void pipeLines(TopologyTestDriver driver, List<String> lines) {
        TestInputTopic<String, String> input = driver.createInputTopic(Topics.LINES.name(),
                Serdes.String().serializer(), Serdes.String().serializer());
        RecordHeaders headers = new RecordHeaders();
        new LineHeaders("prod", "m1", "mesos-master.INFO", 1, 2025, 1_000).writeTo(headers);
        input.pipeInput(new TestRecord<>("prod/m1", String.join("\n", lines), headers, (Long) null));
    }
}
