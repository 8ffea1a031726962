package io.mesosfailover.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.mesosfailover.event.EventJson;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Unrecognized;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.FileYear;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.UnknownLineGroups;
import io.mesosfailover.source.InputException;
import io.mesosfailover.source.InputPaths;
import io.mesosfailover.source.LogInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
        List<String> files = expandInputs();
        ReportOutput.check(output, files);
        List<String> problems = new ArrayList<>();
        List<FileYear> years = new ArrayList<>();
        ParseStats total = ParseStats.empty();
        ObjectWriter json = EventJson.mapper().writer();
        if (format != null && !unknown) {
            throw new UserInputException("--format applies to --unknown only: events are always JSON Lines");
        }
        UnknownLineGroups unknownLines = unknown ? new UnknownLineGroups() : null;
        try (ReportOutput out = ReportOutput.open(output, spec.commandLine().getOut())) {
            for (String file : files) {
                total = total.plus(parseOne(parser, file, outcome -> write(outcome, json, out, unknownLines),
                        problems, years));
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

    private ParseStats parseOne(GlogParser parser, String file, Consumer<ParseOutcome> sink, List<String> problems,
            List<FileYear> years) throws IOException {
        FileParse fileParse;
        try (LogInput input = openInput(file)) {
            fileParse = LogInput.STANDARD_INPUT.equals(file) ? parser.open(file)
                    : parser.open(file, Files.getLastModifiedTime(Path.of(file)).toInstant());
            for (String line = input.readLine(); line != null; line = input.readLine()) {
                fileParse.accept(line, sink);
            }
            fileParse.finish(sink);
            for (String problem : input.problems()) {
                problems.add(file + ": " + problem);
            }
        }
        years.add(fileParse.year());
        return fileParse.stats();
    }

    /** Writes an event as JSON, or with {@code --unknown} counts it in {@code unknownLines}. */
    private void write(ParseOutcome outcome, ObjectWriter json, Writer out, UnknownLineGroups unknownLines) {
        try {
            if (outcome instanceof ParseOutcome.Parsed) {
                MesosEvent event = ((ParseOutcome.Parsed) outcome).event();
                if (unknownLines == null) {
                    out.write(json.writeValueAsString(event));
                    out.write('\n');
                } else if (event instanceof Unrecognized) {
                    unknownLines.add((Unrecognized) event);
                }
            } else if (malformedShown++ < MALFORMED_SHOWN) {
                ParseOutcome.Malformed malformed = (ParseOutcome.Malformed) outcome;
                spec.commandLine().getErr().printf("%s:%d: malformed: %s: %s%n",
                        TerminalText.escape(malformed.source().file()), malformed.source().line(),
                        TerminalText.escape(malformed.reason()), TerminalText.escape(malformed.excerpt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeUnknownLines(UnknownLineGroups unknownLines, Writer out) throws IOException {
        if (format == UnknownFormat.json) {
            out.write(EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(unknownLines.report()));
            out.write('\n');
            return;
        }
        PrintWriter table = new PrintWriter(out);
        UnknownLinesTable.write(unknownLines.report(), Integer.MAX_VALUE, table);
        table.flush();
    }

    private List<String> expandInputs() throws IOException {
        try {
            return InputPaths.expand(inputs);
        } catch (NoSuchFileException e) {
            throw new UserInputException(e.getFile() + ": " + e.getReason(), e);
        } catch (InputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private LogInput openInput(String file) throws IOException {
        if (LogInput.STANDARD_INPUT.equals(file)) {
            return LogInput.of(LogInput.STANDARD_INPUT, System.in);
        }
        try {
            return LogInput.open(Path.of(file));
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
