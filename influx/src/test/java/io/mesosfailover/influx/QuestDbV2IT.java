package io.mesosfailover.influx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.LeaderFailover;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The v2 path: influxdb-client-java writes the scenarios' points to a real QuestDB; its SQL reads them back. */
@Tag("integration")
@Timeout(150)
class QuestDbV2IT {

    @TempDir
    Path folder;

    @Test
    void shouldWriteThePointsThroughTheV2WriteApi() throws IOException, InterruptedException {
        // Given
        AnalyzedScenario scenario = AnalyzedScenario.of(Files.createDirectories(folder.resolve("scenario")),
                MesosWording.V1_0);
        try (QuestDb questDb = QuestDb.start(folder.resolve("questdb"))) {
            InfluxTarget target = new InfluxTarget.V2(questDb.url(), "ops", "mesos", Secret.of("not-checked"));
            MetricsSink sink = MetricsSink.open(target, SinkSettings.DEFAULTS, warning -> { });

            // When
            sink.write(scenario.points());
            boolean flushed = sink.flush(Duration.ofSeconds(30));
            sink.close();

            // Then
            assertThat(flushed).isTrue();
            assertThat(sink.stats().written()).isEqualTo(scenario.points().size());
            assertThat(rows(questDb, "select id, agent, outcome, downtime_s from agent_failover"))
                    .isEqualTo(expectedFailovers(scenario));
            assertThat(rows(questDb, "select id, host, gap_s, agents_reregistered from leader_failover"))
                    .isEqualTo(expectedLeaders(scenario));
            assertThat(rows(questDb, "select lines, events, malformed from parse_health")).containsExactly(
                    List.of(scenario.result().stats().lines(), scenario.result().stats().events(), 0L));
        }
    }

    /** QuestDB may take a moment to commit what it received; the rows come back sorted by their first column. */
    private static List<List<Object>> rows(QuestDb questDb, String query) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode answer = questDb.sql(query);
        while (answer.path("dataset").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = questDb.sql(query);
        }
        Map<String, List<Object>> rows = new TreeMap<>();
        for (JsonNode values : answer.path("dataset")) {
            List<Object> row = new ArrayList<>();
            for (JsonNode value : values) {
                row.add(value.isIntegralNumber() ? (Object) value.asLong() : value.isNumber() ? value.asDouble()
                        : value.asText());
            }
            rows.put(values.path(0).asText(), row);
        }
        return new ArrayList<>(rows.values());
    }

    private static List<List<Object>> expectedFailovers(AnalyzedScenario scenario) {
        Map<String, List<Object>> rows = new TreeMap<>();
        for (AgentFailover failover : scenario.result().incidents().stream().filter(AgentFailover.class::isInstance)
                .map(AgentFailover.class::cast).toList()) {
            rows.put(failover.id(), List.of(failover.id(), failover.agent().toString(),
                    failover.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    MetricPoint.seconds(failover.downtime())));
        }
        return new ArrayList<>(rows.values());
    }

    private static List<List<Object>> expectedLeaders(AnalyzedScenario scenario) {
        Map<String, List<Object>> rows = new TreeMap<>();
        for (LeaderFailover failover : scenario.result().incidents().stream().filter(LeaderFailover.class::isInstance)
                .map(LeaderFailover.class::cast).toList()) {
            rows.put(failover.id(), List.of(failover.id(), failover.newLeader(), MetricPoint.seconds(failover.gap()),
                    failover.agentsReregistered()));
        }
        return new ArrayList<>(rows.values());
    }
}
