package io.mesosfailover.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.json.Json;
import io.mesosfailover.parser.FileYear;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.UnknownLineReport;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.TimeAnomaly;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** Incidents serialized side by side before they are written in order: a few hundred kilobytes of text. */
    private static final int INCIDENTS_PER_BATCH = 512;

    /** @return the report of a result */
    static AnalysisReport of(AnalysisResult result) {
        return new AnalysisReport(result.incidents(), new Stats(result.stats(), result.files(), result.years(),
                result.problems(), result.malformedSamples(), result.timeAnomalies()), result.unknownLines());
    }

    /**
     * Writes the report as {@code writerWithDefaultPrettyPrinter().writeValueAsString(report)} would, byte for byte,
     * without a line feed after it, and without holding the whole text. The incidents, most of the report, are
     * serialized on the common pool's threads as well as this one: at the end of a run the other cores are idle.
     * Each is written with its lines indented one level more, where it stands in the report's array.
     *
     * @param out where the report goes; it is flushed, not closed
     */
    void write(Writer out) throws IOException {
        ObjectWriter values = Json.mapper().writer();
        ObjectWriter incidentWriter = Json.mapper().writerFor(Incident.class).with(
                new DefaultPrettyPrinter().withObjectIndenter(new ShiftedIndenter(
                        DefaultIndenter.SYSTEM_LINEFEED_INSTANCE, 1)));
        JsonGenerator generator = Json.mapper().writerWithDefaultPrettyPrinter().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.writeStartObject();
        generator.writeFieldName("incidents");
        generator.writeStartArray();
        for (int from = 0; from < incidents.size(); from += INCIDENTS_PER_BATCH) {
            List<String> batch = incidents.subList(from, Math.min(incidents.size(), from + INCIDENTS_PER_BATCH))
                    .parallelStream().map(incident -> text(incidentWriter, incident)).toList();
            for (String incident : batch) {
                generator.writeRawValue(incident);
            }
        }
        generator.writeEndArray();
        generator.writeFieldName("stats");
        values.writeValue(generator, stats);
        if (unknownLines != null) {
            generator.writeFieldName("unknownLines");
            values.writeValue(generator, unknownLines);
        }
        generator.writeEndObject();
        generator.close();
    }

    private static String text(ObjectWriter writer, Incident incident) {
        try {
            return writer.writeValueAsString(incident);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The indentation of a pretty printer that starts {@code levels} deeper than the root. */
    private record ShiftedIndenter(DefaultPrettyPrinter.Indenter indenter, int levels)
            implements DefaultPrettyPrinter.Indenter {

        @Override
        public void writeIndentation(JsonGenerator generator, int level) throws IOException {
            indenter.writeIndentation(generator, level + levels);
        }

        @Override
        public boolean isInline() {
            return indenter.isInline();
        }
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
