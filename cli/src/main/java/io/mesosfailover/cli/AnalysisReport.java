package io.mesosfailover.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.json.Json;
import io.mesosfailover.parser.FileYear;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.UnknownLineReport;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.TimeAnomaly;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report of {@code analyze --format json}, as its databind writes it (docs/incidents.md gives the schema).
 *
 * @param incidents every incident, each with its {@code kind}
 * @param stats what became of the lines
 * @param unknownLines the lines no known template matched, grouped into templates
 */
record AnalysisReport(List<Incident> incidents, Stats stats, UnknownLineReport unknownLines) {

    /** @return the report of a result */
    static AnalysisReport of(AnalysisResult result) {
        return new AnalysisReport(result.incidents(), new Stats(result.stats(), result.files(), result.years(),
                result.problems(), result.malformedSamples(), result.timeAnomalies()), result.unknownLines());
    }

    /**
     * Writes the report as {@code writerWithDefaultPrettyPrinter().writeValueAsString(report)} gives it, without a
     * line feed after it, as it is serialized: the whole text is never held, however many incidents there are.
     *
     * @param out where the report goes; it is flushed, not closed
     */
    void write(Writer out) throws IOException {
        Json.mapper().writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, this);
    }

    /**
     * What became of the lines: the parse counts, then the files and their years, the input problems, the first
     * malformed lines and the masters whose times went back.
     *
     * @param counts the parse counts, written in this object rather than in one of their own
     * @param files the files read
     * @param yearSources the year of each file's lines and where it came from
     * @param problems input problems
     * @param malformedSamples the first malformed lines
     * @param timeAnomalies the masters whose lines went back in time
     */
    record Stats(@JsonUnwrapped ParseStats counts, List<String> files, List<FileYear> yearSources,
            List<String> problems, List<String> malformedSamples, List<TimeAnomaly> timeAnomalies) {
    }
}
