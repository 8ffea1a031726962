package io.mesosfailover.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Unrecognized;
import io.mesosfailover.json.Json;
import io.mesosfailover.parser.ChunkedParse;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.FileYear;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.ParsingThreads;
import io.mesosfailover.parser.UnknownLineGroups;
import io.mesosfailover.source.InputException;
import io.mesosfailover.source.LogChunks;
import io.mesosfailover.source.LogInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parse}: prints every line of the given logs as a typed event, one JSON object per line (JSON Lines), and a
 * summary of what became of the lines on stderr. Example: {@code mesos-failover parse mesos-master.INFO.gz}.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Read Mesos master logs (plain, .gz, folders, globs or - for stdin) and print one JSON event per"
            + " line.", "A summary goes to stderr: lines read, events by type, unrecognised and malformed lines.",
            "With --unknown, the unrecognised lines grouped into templates instead (--format table|json)."})
final class ParseCommand implements Callable<Integer> {

    /** Malformed lines shown one by one on stderr; the rest are only counted. */
    static final int MALFORMED_SHOWN = 20;
    /** Chunks parsed ahead of the output. */
    static final int CHUNKS_AHEAD = 6;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ParserOptions parserOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the events (with --unknown, the templates) to FILE instead of stdout.")
    private Path output;

    @Option(names = "--unknown", description = "Print only the lines no known template matches, grouped into"
            + " templates (most lines first), instead of the events.")
    private boolean unknown;

    /** How {@code --unknown} prints the templates. */
    enum UnknownFormat { table, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "With --unknown: ${COMPLETION-CANDIDATES}"
            + " (default table; events are always JSON Lines).")
    private UnknownFormat format;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Log files (named pipes too), folders, globs as in"
            + " shells (*, ?, [...], {a,b}; quote them), or - for stdin.")
    private List<String> inputs;

    private long malformedShown;

    @Override
    public Integer call() throws IOException {
        GlogParser parser = new GlogParser(parserOptions.toSettings());
        List<String> files = AnalysisRun.expand(inputs);
        ReportOutput.check(output, files);
        List<String> problems = new ArrayList<>();
        List<FileYear> years = new ArrayList<>();
        ParseStats total = ParseStats.empty();
        if (format != null && !unknown) {
            throw new UserInputException("--format applies to --unknown only: events are always JSON Lines");
        }
        UnknownLineGroups unknownLines = unknown ? new UnknownLineGroups() : null;
        try (ReportOutput out = ReportOutput.open(output, spec.commandLine().getOut());
                ParsingThreads threads = new ParsingThreads()) {
            for (String file : files) {
                total = total.plus(parseOne(parser, file, threads, new Output(out, unknownLines), problems, years));
            }
            if (unknownLines != null) {
                writeUnknownLines(unknownLines, out);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printSummary(total, years, problems);
        return problems.isEmpty() ? 0 : 1;
    }

    /**
     * Parses one file in chunks on every processor; each chunk's events are written as JSON where it was parsed,
     * and the chunks' text goes out in the order of the lines.
     */
    private ParseStats parseOne(GlogParser parser, String file, ParsingThreads threads, Output out,
            List<String> problems, List<FileYear> years) throws IOException {
        boolean standard = LogInput.STANDARD_INPUT.equals(file);
        LogChunks chunks = openInput(file);
        FileParse fileParse = standard ? parser.open(file)
                : parser.open(file, Files.getLastModifiedTime(Path.of(file)).toInstant());
        // UTF-8 bytes as the text path wrote them: a character outside the basic plane as its four bytes, not escaped
        ObjectWriter json = Json.mapper().writer().withRootValueSeparator("\n")
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
        boolean grouping = out.unknownLines != null;
        try (ChunkedParse<Piece> parse = ChunkedParse.start(fileParse, chunks, threads.workers(), threads.readers(),
                CHUNKS_AHEAD, outcomes -> Piece.of(outcomes, grouping ? null : json))) {
            for (Piece piece = parse.next(); piece != null; piece = parse.next()) {
                write(piece, out);
            }
            for (String problem : parse.problems()) {
                problems.add(file + ": " + problem);
            }
            years.add(parse.year());
            return parse.stats();
        }
    }

    /** Writes a piece's events, or with {@code --unknown} counts its unknown lines; shows the first malformed lines. */
    private void write(Piece piece, Output out) throws IOException {
        if (out.unknownLines == null) {
            out.writer.writeUtf8(piece.json, piece.jsonLength);
        } else {
            for (ParseOutcome outcome : piece.outcomes) {
                if (outcome.map(event -> event, line -> null) instanceof Unrecognized unrecognized) {
                    out.unknownLines.add(unrecognized);
                }
            }
        }
        for (ParseOutcome.Malformed malformed : piece.malformed) {
            if (malformedShown++ < MALFORMED_SHOWN) {
                spec.commandLine().getErr().printf("%s:%d: malformed: %s: %s%n",
                        TerminalText.escape(malformed.source().file()), malformed.source().line(),
                        TerminalText.escape(malformed.reason()), TerminalText.escape(malformed.excerpt()));
            }
        }
    }

    /** Where the events go: JSON Lines to the writer, or with {@code --unknown} into the templates. */
    private record Output(ReportOutput writer, UnknownLineGroups unknownLines) {
    }

    /**
     * A chunk's outcomes: its events as JSON Lines (when they are written), its malformed lines, and the outcomes
     * themselves when the events are not written (for {@code --unknown}).
     */
    private record Piece(byte[] json, int jsonLength, List<ParseOutcome.Malformed> malformed,
            List<ParseOutcome> outcomes) {

        static Piece of(List<ParseOutcome> outcomes, ObjectWriter json) {
            Utf8Text text = new Utf8Text(json == null ? 0 : outcomes.size() * 400);
            List<ParseOutcome.Malformed> malformed = new ArrayList<>(0);
            Function<ParseOutcome.Malformed, MesosEvent> keep = line -> {
                malformed.add(line);
                return null;
            };
            try (JsonGenerator generator = json == null ? null : json.createGenerator(text)) {
                boolean written = false;
                for (ParseOutcome outcome : outcomes) {
                    MesosEvent event = outcome.map(parsed -> parsed, keep);
                    if (event != null && generator != null) {
                        json.writeValue(generator, event);
                        written = true;
                    }
                }
                if (written) {
                    generator.writeRaw('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Piece(text.buffer(), text.size(), malformed, json == null ? outcomes : List.of());
        }
    }

    /** The UTF-8 bytes a chunk's events were written into, handed on without a copy. */
    private static final class Utf8Text extends ByteArrayOutputStream {

        Utf8Text(int size) {
            super(size);
        }

        byte[] buffer() {
            return buf;
        }
    }

    private void writeUnknownLines(UnknownLineGroups unknownLines, Writer out) throws IOException {
        if (format == UnknownFormat.json) {
            out.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(unknownLines.report()));
            out.write('\n');
            return;
        }
        PrintWriter table = new PrintWriter(out);
        UnknownLinesTable.write(unknownLines.report(), Integer.MAX_VALUE, table);
        table.flush();
    }

    private LogChunks openInput(String file) throws IOException {
        if (LogInput.STANDARD_INPUT.equals(file)) {
            return LogChunks.of(LogInput.STANDARD_INPUT, System.in);
        }
        try {
            return LogChunks.open(Path.of(file));
        } catch (InputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private void printSummary(ParseStats stats, List<FileYear> years, List<String> problems) {
        PrintWriter err = spec.commandLine().getErr();
        for (FileYear year : years) {
            err.println(TerminalText.escape(year.describe()));
        }
        err.printf("lines read: %d (events %d, unrecognised %d, malformed %d, header %d, continuation %d, blank %d)%n",
                stats.lines(), stats.events(), stats.unrecognized(), stats.malformed(), stats.headerLines(),
                stats.continuationLines(), stats.blankLines());
        err.println("events by type:");
        for (Map.Entry<String, Long> entry : stats.eventsByType().entrySet()) {
            err.printf("  %-44s %d%n", entry.getKey(), entry.getValue());
        }
        if (stats.malformed() > MALFORMED_SHOWN) {
            err.printf("(%d more malformed lines not shown)%n", stats.malformed() - MALFORMED_SHOWN);
        }
        for (String problem : problems) {
            err.println("problem: " + TerminalText.escape(problem));
        }
        err.flush();
    }

}
