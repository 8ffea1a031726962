package io.mesosfailover.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {

    @TempDir
    Path folder;

    @Test
    void shouldFindTheGeneratedIncidentsInEveryFormat() throws IOException {
        // Given
        CommandRun generated = CommandRun.of("generate", "--output", folder.toString(), "--mesos", "0.22", "--size", "500");
        String regions = folder.resolve("regions.yaml").toString();
        String logs = folder.resolve("logs").toString();

        // When
        CommandRun json = CommandRun.of("analyze", "--format", "json", "--regions", regions, logs);
        CommandRun csv = CommandRun.of("analyze", "--format", "csv", "--regions", regions, logs);
        CommandRun table = CommandRun.of("analyze", "--regions", regions, logs);

        // Then
        assertThat(generated.exitCode()).isZero();
        assertThat(json.exitCode()).isZero();
        JsonNode report = Json.mapper().readTree(json.out());
        JsonNode truth = Json.mapper().readTree(folder.resolve("ground-truth.json").toFile());
        assertThat(report.get("incidents")).isEqualTo(truth.get("incidents"));
        assertThat(report.get("stats").get("lines").asLong()).isGreaterThan(500);
        assertThat(report.get("stats").get("malformed").asLong()).isZero();
        JsonNode failover = report.get("incidents").get(0);
        assertThat(failover.get("kind").asText()).isEqualTo("agent-failover");
        assertThat(failover.get("lostAt").asText()).isEqualTo("2021-03-09T14:10:00Z");
        assertThat(failover.get("downtime_s").decimalValue()).isEqualByComparingTo("12.029962");
        assertThat(csv.out().split("\r\n")).hasSize(report.get("incidents").size() + 1);
        assertThat(csv.out()).startsWith(CsvReport.HEADER + "\r\n").contains(",replaced,");
        assertThat(table.out()).contains("INCIDENTS BY KIND", "removed_then_rejoined", "REGION OUTAGES", "ireland",
                "no leader from 2021-03-09T14:50:00Z to 2021-03-09T14:51:35Z (95 s)", "PARSE HEALTH");
    }

    @Test
    void shouldReportAClockThatGoesBackWithOneWarningPerMaster() throws IOException {
        // Given: under Europe/Oslo the hour 02:00-03:00 of 2021-10-31 occurs twice; the agent is lost in the first
        // and back in the second
        String slave = "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80-S1 at slave(1)@10.0.2.21:5051 (10.0.2.21)";
        Path log = Files.writeString(folder.resolve("m1.log"), "Log file created at: 2021/10/31 01:30:00\n"
                + "Running on machine: m1\n"
                + "I1031 01:30:01.000000  1234 master.cpp:2179] Elected as the leading master!\n"
                + "I1031 02:59:50.000000  1234 master.cpp:1379] Agent " + slave + " disconnected\n"
                + "I1031 02:00:10.000000  1234 master.cpp:7000] Re-registered agent " + slave + " with cpus:4\n"
                + "I1031 02:00:11.000000  1234 master.cpp:7000] Re-registered agent " + slave + " with cpus:4\n");

        // When
        CommandRun table = CommandRun.of("analyze", "--timezone", "Europe/Oslo", log.toString());
        CommandRun json = CommandRun.of("analyze", "--timezone", "Europe/Oslo", "--format", "json", log.toString());

        // Then
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("AGENT FAILOVERS BY OUTCOME", "reregistered",
                "1 of them open while a master's clock went back");
        assertThat(table.err().lines().filter(line -> line.startsWith("warning: "))).singleElement()
                .satisfies(warning -> assertThat(warning).contains("master m1", "the clock change of Europe/Oslo"));
        JsonNode report = Json.mapper().readTree(json.out());
        assertThat(report.get("incidents").get(0).get("timesWentBack").asBoolean()).isTrue();
        assertThat(report.get("stats").get("timeAnomalies").get(0).get("master").asText()).isEqualTo("m1");
    }

    @Test
    void shouldWriteTheReportToAFile() throws IOException {
        // Given
        CommandRun.of("generate", "--output", folder.toString(), "--size", "0");
        Path report = folder.resolve("report.json");

        // When
        CommandRun run = CommandRun.of("analyze", "--format", "json", "--output", report.toString(),
                folder.resolve("logs").toString());

        // Then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Json.mapper().readTree(report.toFile()).get("incidents").size()).isGreaterThan(5);
    }

    @Test
    void shouldRejectABadRegionFileAndBadOptionsWithExitCodeTwo() throws IOException {
        // Given
        Path regions = Files.writeString(folder.resolve("regions.yaml"), "regions:\n  oslo: [10.0.19.0/33]\n");
        Path log = Files.writeString(folder.resolve("m.log"), "Log file created at: 2021/03/09 14:00:00\n");

        // When
        CommandRun badRegions = CommandRun.of("analyze", "--regions", regions.toString(), log.toString());
        CommandRun badVersion = CommandRun.of("generate", "--output", folder.toString(), "--mesos", "0.99");

        // Then
        assertThat(badRegions.exitCode()).isEqualTo(2);
        assertThat(badRegions.err()).contains("--regions: region 'oslo': not an IPv4 CIDR block: '10.0.19.0/33'");
        assertThat(badVersion.exitCode()).isEqualTo(2);
        assertThat(badVersion.err()).contains("--mesos: no wording for Mesos 0.99");
        assertThat(CommandRun.of("analyze", "--format", "xml", log.toString()).exitCode()).isEqualTo(2);
    }
}
