package io.mesosfailover.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.mesosfailover.event.EventJson;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.source.InputException;
import io.mesosfailover.source.InputPaths;
import io.mesosfailover.source.LogInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
            + " line.", "A summary goes to stderr: lines read, events by type, unrecognised and malformed lines."})
final class ParseCommand implements Callable<Integer> {

    /** Malformed lines shown one by one on stderr; the rest are only counted. */
    static final int MALFORMED_SHOWN = 20;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ParserOptions parserOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the events to FILE instead of stdout.")
    private Path output;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Log files, folders, globs, or - for stdin.")
    private List<String> inputs;

    private long malformedShown;

    @Override
    public Integer call() throws IOException {
        GlogParser parser = new GlogParser(parserOptions.toSettings());
        List<String> files = expandInputs();
        ReportOutput.check(output, files);
        List<String> problems = new ArrayList<>();
        ParseStats total = ParseStats.empty();
        ObjectWriter json = EventJson.mapper().writer();
        try (ReportOutput out = ReportOutput.open(output, spec.commandLine().getOut())) {
            for (String file : files) {
                total = total.plus(parseOne(parser, file, json, out, problems));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printSummary(total, problems);
        return problems.isEmpty() ? 0 : 1;
    }

    private ParseStats parseOne(GlogParser parser, String file, ObjectWriter json, Writer out, List<String> problems)
            throws IOException {
        FileParse fileParse = parser.open(file);
        try (LogInput input = openInput(file)) {
            for (String line = input.readLine(); line != null; line = input.readLine()) {
                fileParse.accept(line, outcome -> write(outcome, json, out));
            }
            fileParse.finish(outcome -> write(outcome, json, out));
            for (String problem : input.problems()) {
                problems.add(file + ": " + problem);
            }
        }
        return fileParse.stats();
    }

    private void write(ParseOutcome outcome, ObjectWriter json, Writer out) {
        try {
            if (outcome instanceof ParseOutcome.Parsed) {
                out.write(json.writeValueAsString(((ParseOutcome.Parsed) outcome).event()));
                out.write('\n');
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

    private void printSummary(ParseStats stats, List<String> problems) {
        PrintWriter err = spec.commandLine().getErr();
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
