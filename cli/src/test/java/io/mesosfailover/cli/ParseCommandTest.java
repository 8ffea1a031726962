package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private static final String LISTING = "Log file created at: 2015/05/01 23:00:56\n"
            + "not a glog line\n"
            + "I0502 17:34:23.298998  5691 master.cpp:167] Shutting down slave 20150501-230056-2407081856-5050-5669-S3"
            + " due to health check timeout\n"
            + "I0502 17:34:24.000000  5691 http.cpp:1] Frobnicating widget 7 for 10.0.0.1:5432\n"
            + "  a continuation of the line before\n";

    @TempDir
    Path folder;

    @Test
    void shouldPrintOneJsonEventPerLineAndASummary() throws IOException {
        // Given
        Path log = Files.writeString(folder.resolve("mesos-master.INFO"), LISTING);

        // When
        CommandRun run = CommandRun.of("parse", "--cluster", "prod", log.toString());

        // Then
        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = Json.mapper().readTree(lines[0]);
        assertThat(first.get("type").asText()).isEqualTo("agent-health-check-timed-out");
        assertThat(first.get("time").asText()).isEqualTo("2015-05-02T17:34:23.298998Z");
        assertThat(first.get("source").get("cluster").asText()).isEqualTo("prod");
        assertThat(Json.mapper().readTree(lines[1]).get("type").asText()).isEqualTo("unrecognized");
        assertThat(run.err()).contains("lines read: 5 (events 2, unrecognised 1, malformed 1, header 1, continuation 1")
                .contains("mesos-master.INFO:2: malformed: no glog prefix");
    }

    @Test
    void shouldWriteTheSameUtf8ToAFileToStandardOutputAndToAWriter() throws IOException {
        // Given: text in and outside the basic plane, and a line with a header before it
        String smile = "\uD83D\uDE00";
        Path log = Files.writeString(folder.resolve("mesos-master.INFO"), LISTING
                + "I0502 17:34:25.000000  5691 weird.cpp:1] caf\u00e9 \u4e2d " + smile + " done\n");
        Path file = folder.resolve("events.json");
        ByteArrayOutputStream standard = new ByteArrayOutputStream();

        // When
        CommandRun toFile = CommandRun.of("parse", "-o", file.toString(), log.toString());
        CommandRun toStandard = CommandRun.writingTo(StandardOutput.over(standard), "parse", log.toString());
        CommandRun toWriter = CommandRun.of("parse", log.toString());

        // Then: the same bytes each way, every character as its UTF-8 bytes (none escaped)
        assertThat(toFile.exitCode()).isZero();
        assertThat(toStandard.exitCode()).isZero();
        byte[] written = Files.readAllBytes(file);
        assertThat(standard.toByteArray()).isEqualTo(written);
        assertThat(toWriter.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(written);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text.split("\n")).hasSize(3);
        assertThat(text).contains("\"message\":\"caf\u00e9 \u4e2d " + smile + " done\"").doesNotContain("\\u");
    }

    @Test
    void shouldReadGzipAndReportATruncatedStreamWithExitCodeOne() throws IOException {
        // Given
        Path gz = folder.resolve("old.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(LISTING.repeat(2_000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = Files.readAllBytes(gz);
        Path cut = Files.write(folder.resolve("cut.log.gz"), java.util.Arrays.copyOf(whole, whole.length - 20));

        // When
        CommandRun good = CommandRun.of("parse", gz.toString());
        CommandRun damaged = CommandRun.of("parse", cut.toString());

        // Then
        assertThat(good.exitCode()).isZero();
        assertThat(good.out().split("\n")).hasSize(4_000);
        assertThat(damaged.exitCode()).isEqualTo(1);
        assertThat(damaged.err()).contains("problem: " + cut + ": the gzip stream ends early");
        assertThat(damaged.out().split("\n").length).isBetween(3_000, 3_999);
    }

    @Test
    void shouldRejectMissingInputsAndBadOptionsWithExitCodeTwo() {
        assertThat(CommandRun.of("parse", folder.resolve("missing.log").toString()).exitCode()).isEqualTo(2);
        CommandRun badZone = CommandRun.of("parse", "--timezone", "Mars/Olympus", "-");
        assertThat(badZone.exitCode()).isEqualTo(2);
        assertThat(badZone.err()).contains("--timezone: unknown zone 'Mars/Olympus'");
        assertThat(CommandRun.of("parse").exitCode()).isEqualTo(2);
    }

    @Test
    void shouldPrintUsageAndVersion() {
        assertThat(CommandRun.of("--help").out()).contains("parse").contains("Exit codes:");
        assertThat(CommandRun.of("--version").out()).startsWith("mesos-failover ");
    }

    @Test
    void shouldShowMalformedLinesAndFileNamesEscapedOnStderr() throws IOException {
        // Given
        Path log = Files.writeString(folder.resolve("evil\u001b[1m.log"), "\u001b]0;owned\u0007\u001b[2J not glog\n");

        // When
        CommandRun run = CommandRun.of("parse", log.toString());

        // Then
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("\u001b", "\u0007")
                .contains("evil\\x1b[1m.log:1: malformed: ").contains(": \\x1b]0;owned\\x07\\x1b[2J not glog\n");
    }
}
