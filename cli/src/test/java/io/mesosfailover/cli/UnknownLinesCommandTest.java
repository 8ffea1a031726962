package io.mesosfailover.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code parse --unknown} and {@code analyze}: the unknown lines grouped into templates, escaped where shown. */
class UnknownLinesCommandTest {

    private static final String HOSTILE = "Hook \u001b]title\u0007 said \u001b[Khello";

    @TempDir
    Path folder;

    @Test
    void shouldPrintOnlyTheTemplatesAsATableOrAsJson() throws IOException {
        // Given
        Path log = log("mesos-master.INFO");

        // When
        CommandRun table = CommandRun.of("parse", "--unknown", log.toString());
        CommandRun json = CommandRun.of("parse", "--unknown", "--format", "json", log.toString());

        // Then
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).doesNotContain("\"type\"").contains("UNKNOWN LINES (41 lines, 3 templates)",
                "        30  Frobnicated <num> widgets for <upid> in <num>",
                "        10  Replica at <addr> lost contact; host <host>",
                "         1  Hook \\x1b]title\\x07 said \\x1b[Khello",
                "e.g. " + log + ":3: Frobnicated 0 widgets for scheduler-0@10.0.0.1:40000 in 0ms",
                "2021-03-09T14:00:00Z to 2021-03-09T14:00:38Z, 1 file: " + log);
        assertThat(table.out()).doesNotContain("\u001b", "\u0007");
        assertThat(table.err()).contains("unrecognised 41");
        assertThat(json.exitCode()).isZero();
        JsonNode report = Json.mapper().readTree(json.out());
        assertThat(report.get("lines").asLong()).isEqualTo(41);
        assertThat(report.get("ungroupedLines").asLong()).isZero();
        JsonNode first = report.get("groups").get(0);
        assertThat(first.get("template").asText()).isEqualTo("Frobnicated <num> widgets for <upid> in <num>");
        assertThat(first.get("count").asLong()).isEqualTo(30);
        assertThat(first.get("first").asText()).isEqualTo("2021-03-09T14:00:00Z");
        assertThat(first.get("files").get(0).asText()).isEqualTo(log.toString());
        assertThat(first.get("exampleLocation").asText()).isEqualTo("custom.cpp:42");
        assertThat(first.get("exampleSource").get("line").asLong()).isEqualTo(3);
        assertThat(report.get("groups").get(2).get("example").asText()).isEqualTo(HOSTILE);
    }

    @Test
    void shouldShowTheTopTemplatesInAnalyzeTablesAndAllInItsJson() throws IOException {
        // Given: two masters' files
        Path first = log("master-1.INFO");
        Path second = log("master-2.INFO");

        // When
        CommandRun table = CommandRun.of("analyze", first.toString(), second.toString());
        CommandRun json = CommandRun.of("analyze", "--format", "json", first.toString(), second.toString());

        // Then
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("UNKNOWN LINES (82 lines, 3 templates)",
                "        60  Frobnicated <num> widgets for <upid> in <num>", "2 files: " + first + ", " + second,
                "Hook \\x1b]title\\x07 said").doesNotContain("\u001b");
        JsonNode unknown = Json.mapper().readTree(json.out()).get("unknownLines");
        assertThat(unknown.get("lines").asLong()).isEqualTo(82);
        assertThat(unknown.get("groups")).hasSize(3);
        assertThat(unknown.get("groups").get(0).get("fileCount").asInt()).isEqualTo(2);
        assertThat(unknown.get("maxGroups").asInt()).isEqualTo(1_000);
    }

    @Test
    void shouldShowAnExampleWithContinuationLinesOnOneLine() throws IOException {
        // Given: an unknown message that goes on over a line without a prefix, whose text forges a report line
        Path log = Files.writeString(folder.resolve("continued.INFO"), "Log file created at: 2021/03/09 14:00:00\n"
                + "I0309 14:00:00.000000  4242 custom.cpp:42] Frobnicated all widgets\n"
                + "         1  Forged <template> line\n");

        // When
        CommandRun table = CommandRun.of("analyze", log.toString());

        // Then: the example keeps its line feed as an escape, and no report line begins with the forged text
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("e.g. " + log + ":2: Frobnicated all widgets\\n         1  Forged");
        assertThat(table.out().lines()).noneMatch(line -> line.startsWith("         1  Forged"));
    }

    @Test
    void shouldRefuseAFormatWithoutUnknown() throws IOException {
        // Given
        Path log = log("mesos-master.INFO");

        // When
        CommandRun run = CommandRun.of("parse", "--format", "json", log.toString());

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format applies to --unknown only");
        assertThat(run.out()).isEmpty();
    }

    /** A master log with 30 + 10 + 1 unknown lines of three templates and a known line after each. */
    private Path log(String name) throws IOException {
        StringBuilder log = new StringBuilder("Log file created at: 2021/03/09 14:00:00\nRunning on machine: m1\n");
        for (int i = 0; i < 40; i++) {
            String message = i % 4 == 3
                    ? String.format(Locale.ROOT, "Replica at 10.0.%d.7:5050 lost contact; host agent-%d.example.com",
                            i, i)
                    : String.format(Locale.ROOT, "Frobnicated %d widgets for scheduler-%d@10.0.0.%d:%d in %dms", i,
                            i % 5, i + 1, 40_000 + i, i * 7);
            line(log, i, message);
            line(log, i, "Elected as the leading master!");
        }
        line(log, 58, HOSTILE);
        return Files.writeString(folder.resolve(name), log.toString());
    }

    private static void line(StringBuilder log, int second, String message) {
        log.append(String.format(Locale.ROOT, "I0309 14:00:%02d.000000  4242 custom.cpp:42] %s%n", second, message));
    }
}
