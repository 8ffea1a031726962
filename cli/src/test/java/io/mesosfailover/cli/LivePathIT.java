package io.mesosfailover.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.influx.Influxd;
import io.mesosfailover.json.Json;
import io.mesosfailover.kafka.KafkaBroker;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands of the live path as a user runs them, on a real broker and a real InfluxDB: {@code stream} in a
 * process of its own (the built jar), {@code ingest --archive}, then {@code sink}. The incidents equal those of
 * {@code analyze} on the same files, each master's lines are counted live ({@code parse_health}), {@code stream}
 * stops cleanly on SIGTERM, and every metric point arrives.
 */
@Tag("integration")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LivePathIT {

    @TempDir
    Path folder;

    @Test
    void shouldGiveTheIncidentsOfAnalyzeAndWriteTheirPoints() throws Exception {
        // Given
        CommandRun.of("generate", "--output", folder.resolve("cluster").toString(), "--size", "800", "--seed", "3");
        String regions = folder.resolve("cluster/regions.yaml").toString();
        String logs = folder.resolve("cluster/logs").toString();
        CommandRun analyze = CommandRun.of("analyze", "--format", "json", "--regions", regions, logs);
        List<String> expected = new ArrayList<>();
        for (JsonNode incident : Json.mapper().readTree(analyze.out()).get("incidents")) {
            if (incident.hasNonNull("recoveredAt") || incident.hasNonNull("end") || incident.hasNonNull("actedAt")
                    || incident.hasNonNull("electedAt") || incident.hasNonNull("relaunchedAt")) {
                expected.add(incident.get("id").asText());
            }
        }
        List<String> files = new ArrayList<>();
        try (var listing = Files.list(Path.of(logs))) {
            listing.sorted().forEach(file -> files.add(file.toString()));
        }
        try (KafkaBroker broker = KafkaBroker.start(folder.resolve("broker"));
                Influxd influxd = Influxd.start(Files.createDirectories(folder.resolve("influxd")), "mesos")) {
            Process stream = launch("stream", "-b", broker.bootstrapServers(), "--regions", regions,
                    "--application-id", "live-it", "--state-dir", folder.resolve("state").toString(),
                    "--partitions", "2");
            try {
                // When
                List<String> ingestArguments = new ArrayList<>(List.of("ingest", "--archive", "-b",
                        broker.bootstrapServers(), "--ingest-id", "it"));
                ingestArguments.addAll(files);
                CommandRun ingest = CommandRun.of(ingestArguments.toArray(new String[0]));
                List<String> incidents = incidentIds(broker.bootstrapServers(), expected.size());
                List<MetricPoint> parseHealth = parseHealth(broker.bootstrapServers(), linesOf(files));
                stream.destroy();
                boolean stopped = stream.waitFor(60, TimeUnit.SECONDS);
                int metricRecords = committedCount(broker.bootstrapServers(), Topics.METRICS.name());
                CommandRun sink = CommandRun.of("sink", "-b", broker.bootstrapServers(), "--influx-url",
                        influxd.url().toString(), "--influx-v1", "--influx-db", "mesos", "--exit-when-idle", "5");

                // Then
                assertThat(ingest.exitCode()).as(ingest.err()).isZero();
                assertThat(incidents).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(stopped).isTrue();
                assertThat(stream.exitValue()).as("SIGTERM").isEqualTo(128 + 15);
                assertThat(Files.readString(folder.resolve("stream.log"))).contains("stream: stopped cleanly");
                assertThat(sink.exitCode()).as(sink.err()).isZero();
                assertThat(parseHealth).extracting(point -> point.tags().get("host")).containsAll(hostsOf(files));
                assertThat(lastLinesByHost(parseHealth).values().stream().mapToLong(Long::longValue).sum())
                        .as("lines counted live, by master").isEqualTo(linesOf(files));
                // the incidents' points, each master's parse health and the cluster's state, every 10 s
                assertThat(metricRecords).isGreaterThan(expected.size() + parseHealth.size());
                assertThat(sink.err()).contains(metricRecords + " points written");
                assertThat(influxd.count("mesos", "parse_health", "lines")).isGreaterThanOrEqualTo(files.size());
                assertThat(influxd.count("mesos", "cluster_state", "agents_down")).isPositive();
                assertThat(influxd.count("mesos", "agent_failover", "id")
                        + influxd.count("mesos", "timeout_compliance", "id")
                        + influxd.count("mesos", "leader_failover", "id")
                        + influxd.count("mesos", "leaderless_period", "id")
                        + influxd.count("mesos", "region_outage", "id")
                        + influxd.count("mesos", "task_rescheduling", "id")).isEqualTo(expected.size());
            } finally {
                stream.destroyForcibly();
            }
        }
    }

    private Process launch(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", Path.of("target", "mesos-failover.jar").toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("stream.log").toFile()).start();
    }

    /**
     * The committed {@code parse_health} points, once the newest one of each master adds up to {@code lines} (or
     * after 2 minutes).
     */
    private static List<MetricPoint> parseHealth(String bootstrap, long lines) {
        List<MetricPoint> points = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = KafkaBroker.committedReader(bootstrap, Topics.METRICS.name())) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline && lastLinesByHost(points).values().stream()
                    .mapToLong(Long::longValue).sum() < lines) {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> {
                    MetricPoint point = Json.read(record.value(), MetricPoint.class);
                    if (point.measurement().equals(IncidentMetrics.PARSE_HEALTH)) {
                        points.add(point);
                    }
                });
            }
        }
        return points;
    }

    /** @return how many records were committed to the topic */
    private static int committedCount(String bootstrap, String topic) {
        int count = 0;
        try (KafkaConsumer<String, String> consumer = KafkaBroker.committedReader(bootstrap, topic)) {
            long joining = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.assignment().isEmpty() && System.nanoTime() < joining) {
                count += consumer.poll(Duration.ofMillis(100)).count();
            }
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
                int read = consumer.poll(Duration.ofMillis(300)).count();
                if (read > 0) {
                    count += read;
                    quietSince = System.nanoTime();
                }
            }
        }
        return count;
    }

    private static Map<String, Long> lastLinesByHost(List<MetricPoint> points) {
        Map<String, Long> lines = new TreeMap<>();
        points.forEach(point -> lines.put(point.tags().get("host"), ((Number) point.fields().get("lines")).longValue()));
        return lines;
    }

    private static long linesOf(List<String> files) throws IOException {
        long lines = 0;
        for (String file : files) {
            lines += Files.readAllLines(Path.of(file)).size();
        }
        return lines;
    }

    /** The host of each file: its name without the extension, as {@code generate} names them. */
    private static List<String> hostsOf(List<String> files) {
        return files.stream().map(file -> Path.of(file).getFileName().toString().replaceFirst("\\.[^.]*$", ""))
                .toList();
    }

    /** The ids of the committed incidents, once as many as expected came (or after 2 minutes), and 5 s more. */
    private static List<String> incidentIds(String bootstrap, int expected) throws IOException {
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = KafkaBroker.committedReader(bootstrap, Topics.INCIDENTS.name())) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            long settle = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settle)) {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> ids.add(record.key()));
                if (ids.size() >= expected && settle == Long.MAX_VALUE) {
                    settle = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                }
            }
        }
        return ids;
    }
}
