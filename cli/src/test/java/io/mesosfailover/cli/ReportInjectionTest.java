package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names from the logs and the region file reach the reports: a master host ({@code Running on machine:}) and a region
 * that carry a spreadsheet formula and terminal escape sequences (a window title, a screen clear).
 */
class ReportInjectionTest {

    /** A window-title sequence (OSC 0 ... BEL) after a formula. */
    private static final String EVIL_HOST = "=1+2\u001b]0;owned\u0007";
    private static final String EVIL_REGION = "@SUM(1)\u001b[2J";

    @TempDir
    Path folder;

    private String logs;
    private String regions;

    @BeforeEach
    void generateLogsWithEvilNames() throws IOException {
        CommandRun.of("generate", "--output", folder.toString(), "--size", "50");
        Path first = folder.resolve("logs").resolve("mesos-master-1.INFO");
        Files.writeString(first, Files.readString(first).replace("Running on machine: mesos-master-1",
                "Running on machine: " + EVIL_HOST));
        Path regionFile = folder.resolve("regions.yaml");
        Files.writeString(regionFile, Files.readString(regionFile).replace("ireland:", "\"@SUM(1)\\e[2J\":"));
        logs = folder.resolve("logs").toString();
        regions = regionFile.toString();
    }

    @Test
    void shouldShowControlCharactersEscapedInTheTable() {
        // When
        CommandRun table = CommandRun.of("analyze", "--regions", regions, logs);

        // Then
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).doesNotContain("\u001b", "\u0007")
                .contains("=1+2\\x1b]0;owned\\x07 -> mesos-master-2 elected")
                .contains("no leader from 2021-03-09T14:50:00Z to 2021-03-09T14:51:35Z (95 s), seen by =1+2\\x1b]0;owned\\x07")
                .contains("@SUM(1)\\x1b[2J  3 agents from");
    }

    @Test
    void shouldKeepAMessagesContinuationLinesInTheTableLineOfItsValue() throws IOException {
        // Given: the registrar's abort goes on over a line without a prefix that looks like a line of the report
        Path second = folder.resolve("logs").resolve("mesos-master-2.INFO");
        String log = Files.readString(second);
        int abort = log.indexOf("Registrar aborting: ");
        assertThat(abort).as("the generated abort").isPositive();
        int lineEnd = log.indexOf('\n', abort);
        Files.writeString(second, log.substring(0, lineEnd + 1) + "    LEADER FAILOVERS forged\n" + log.substring(lineEnd + 1));

        // When
        CommandRun table = CommandRun.of("analyze", "--regions", regions, logs);

        // Then: the line feed is shown as an escape in the value's own line
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("within 20secs\\n    LEADER FAILOVERS forged");
        assertThat(table.out().lines()).noneMatch(line -> line.startsWith("    LEADER FAILOVERS forged"));
    }

    @Test
    void shouldDefuseFormulasAndEscapeControlCharactersInTheCsv() {
        // When
        CommandRun csv = CommandRun.of("analyze", "--format", "csv", "--regions", regions, logs);

        // Then
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).doesNotContain("\u001b", "\u0007");
        List<String> subjects = Arrays.stream(csv.out().split("\r\n")).skip(1).map(row -> row.split(",")[3])
                .collect(Collectors.toList());
        assertThat(subjects).contains("'=1+2\\x1b]0;owned\\x07 -> mesos-master-2", "'@SUM(1)\\x1b[2J");
        assertThat(subjects).allSatisfy(subject -> assertThat(subject).doesNotStartWith("=").doesNotStartWith("@"));
    }

    @Test
    void shouldDefuseEveryFormulaStartAndKeepNumbers() {
        assertThat(CsvReport.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvReport.cell("+1")).isEqualTo("'+1");
        assertThat(CsvReport.cell("-x")).isEqualTo("'-x");
        assertThat(CsvReport.cell("@x")).isEqualTo("'@x");
        assertThat(CsvReport.cell("\tx")).isEqualTo("'\\tx");
        assertThat(CsvReport.cell("\rx")).isEqualTo("'\\rx");
        assertThat(CsvReport.cell("=a,b")).isEqualTo("\"'=a,b\"");
        assertThat(CsvReport.cell("-12.5")).isEqualTo("-12.5");
        assertThat(CsvReport.cell("302.2")).isEqualTo("302.2");
        assertThat(CsvReport.cell("")).isEmpty();
    }

    @Test
    void shouldPrintNoneOnceForEachEmptySection() throws IOException {
        // Given
        Path quiet = Files.writeString(folder.resolve("quiet.log"), "Log file created at: 2021/03/09 14:00:00\n"
                + "I0309 14:00:04.641154  5669 master.cpp:8400] Sending 4 offers to framework f-0000\n");

        // When
        CommandRun table = CommandRun.of("analyze", quiet.toString());

        // Then
        assertThat(table.exitCode()).isZero();
        for (String section : List.of("INCIDENTS BY KIND", "AGENT FAILOVERS BY OUTCOME", "TIMEOUT COMPLIANCE",
                "LEADER FAILOVERS", "REGION OUTAGES")) {
            assertThat(table.out()).as(section).contains(section + "\n  none\n");
        }
        assertThat(table.out()).doesNotContain("SLOWEST AGENT FAILOVERS", "(none)");
    }
}
