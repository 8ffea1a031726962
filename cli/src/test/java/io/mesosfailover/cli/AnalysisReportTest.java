package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.json.Json;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisReportTest {

    @TempDir
    Path folder;

    @Test
    void shouldWriteABusyMastersReportAsDatabindGivesItAndLeaveTheWriterOpen() throws IOException {
        // Given: a busy master, with a thousand incidents and more
        CommandRun generated = CommandRun.of("generate", "--output", folder.toString(), "--masters", "1",
                "--agents", "60", "--failovers", "700", "--size", "2000");
        AnalysisReport report = analyze(folder.resolve("logs"));
        ClosingWatch out = new ClosingWatch();

        // When
        report.write(out);

        // Then
        assertThat(generated.exitCode()).isZero();
        assertThat(report.incidents()).hasSizeGreaterThan(1000);
        assertThat(out.toString()).isEqualTo(databind(report));
        assertThat(out.closed).isFalse();
    }

    @Test
    void shouldWriteTheSampleClusterAndAnEmptyLogAsDatabindDoes() throws IOException {
        // Given
        AnalysisReport cluster = analyze(Path.of("../examples/cluster/logs"));
        AnalysisReport empty = analyze(Files.writeString(folder.resolve("empty.log"), ""));

        // When
        String clusterWritten = written(cluster);
        String emptyWritten = written(empty);

        // Then
        assertThat(cluster.incidents()).isNotEmpty();
        assertThat(clusterWritten).isEqualTo(databind(cluster));
        assertThat(empty.incidents()).isEmpty();
        assertThat(emptyWritten).isEqualTo(databind(empty)).contains("\"incidents\" : [ ]");
    }

    private static AnalysisReport analyze(Path logs) throws IOException {
        BatchAnalyzer analyzer = new BatchAnalyzer(new GlogParser(ParserSettings.defaults()), TimelineSettings.DEFAULTS);
        AnalysisResult result = analyzer.analyze(AnalysisRun.expand(List.of(logs.toString())),
                InputStream.nullInputStream(), bytes -> { });
        return AnalysisReport.of(result);
    }

    private static String written(AnalysisReport report) throws IOException {
        StringWriter out = new StringWriter();
        report.write(out);
        return out.toString();
    }

    /** A writer that remembers whether it was closed. */
    private static final class ClosingWatch extends StringWriter {
        private boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    private static String databind(AnalysisReport report) throws IOException {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }
}
