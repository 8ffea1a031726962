package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.influx.Influxd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --influx-v1 ...} writes the incidents and parse health to a real InfluxDB 1.x, twice the same. */
@Tag("integration")
@Timeout(120)
class AnalyzeInfluxIT {

    @TempDir
    Path folder;

    @Test
    void shouldWriteTheIncidentsAndSayHowMany() throws IOException, InterruptedException {
        // Given
        CommandRun.of("generate", "--output", folder.resolve("cluster").toString(), "--size", "500");
        Path password = Files.writeString(folder.resolve("password"), "not-checked");
        try (Influxd influxd = Influxd.start(Files.createDirectories(folder.resolve("influxd")), "mesos")) {
            String[] arguments = {"analyze", "--format", "json", "--regions",
                folder.resolve("cluster/regions.yaml").toString(), "--influx-url", influxd.url().toString(),
                "--influx-v1", "--influx-db", "mesos", "--influx-user", "writer", "--influx-password-file",
                password.toString(), folder.resolve("cluster/logs").toString()};

            // When
            CommandRun first = CommandRun.of(arguments);
            CommandRun second = CommandRun.of(arguments);

            // Then
            int incidents = io.mesosfailover.json.Json.mapper().readTree(first.out()).get("incidents")
                    .size();
            assertThat(first.exitCode()).isZero();
            assertThat(second.exitCode()).isZero();
            // the incidents, the run's parse health and the cluster's state at the end
            assertThat(first.err()).contains("influx: " + (incidents + 2) + " points written, 0 retries, 0 dropped"
                    + " to " + influxd.url() + " (v1, database mesos)").doesNotContain("not-checked");
            assertThat(influxd.count("mesos", "agent_failover", "id")
                    + influxd.count("mesos", "timeout_compliance", "id")
                    + influxd.count("mesos", "leader_failover", "id") + influxd.count("mesos", "leaderless_period", "id")
                    + influxd.count("mesos", "region_outage", "id") + influxd.count("mesos", "task_rescheduling", "id")
                    + influxd.count("mesos", "parse_health", "lines")
                    + influxd.count("mesos", "cluster_state", "agents_down")).isEqualTo(incidents + 2);
        }
    }

    @Test
    void shouldKeepTheReportAndFailWhenTheDatabaseIsUnreachable() throws IOException {
        // Given
        CommandRun.of("generate", "--output", folder.resolve("cluster").toString(), "--size", "0");
        int closedPort = Influxd.freePort();

        // When
        CommandRun run = CommandRun.of("analyze", "--influx-url", "http://127.0.0.1:" + closedPort, "--influx-v1",
                "--influx-db", "mesos", folder.resolve("cluster/logs").toString());

        // Then
        assertThat(run.out()).contains("INCIDENTS BY KIND");
        assertThat(run.err()).contains("metric points not written", "dropped");
        assertThat(run.exitCode()).isEqualTo(1);
    }
}
