package io.mesosfailover.cli;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.parser.FileYear;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.source.InputException;
import io.mesosfailover.source.InputPaths;
import io.mesosfailover.timeline.TimeAnomaly;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;

/** The analysis that {@code analyze} and {@code check} share: inputs expanded, read and merged, with a progress bar. */
final class AnalysisRun {

    private AnalysisRun() {
    }

    /**
     * @param inputs files, folders, globs or {@code -}
     * @return the files they name, in order
     * @throws UserInputException when an input does not exist or cannot be listed
     */
    static List<String> expand(List<String> inputs) throws IOException {
        try {
            return InputPaths.expand(inputs);
        } catch (NoSuchFileException e) {
            throw new UserInputException(e.getFile() + ": " + e.getReason(), e);
        } catch (InputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /**
     * @param files files as {@link #expand} gives them, or {@code -}
     * @param err where the progress bar goes (in a terminal, for large inputs)
     * @throws UserInputException when an input is not what it claims to be
     * @throws IOException when an input cannot be read
     */
    static AnalysisResult analyze(List<String> files, ParserOptions parserOptions, TimelineSettings settings,
            PrintWriter err) throws IOException {
        BatchAnalyzer analyzer = new BatchAnalyzer(new GlogParser(parserOptions.toSettings()), settings);
        ProgressBar progress = ProgressBar.forFiles(files, err);
        try {
            return analyzer.analyze(files, System.in, progress::update);
        } catch (InputException e) {
            throw new UserInputException(e.getMessage(), e);
        } finally {
            progress.done();
        }
    }

    /**
     * Shows where each file's year came from, what went wrong while reading (the inputs read in part) and each cause
     * of times going backwards, once.
     */
    static void warn(AnalysisResult result, ParserOptions parserOptions, PrintWriter err) {
        for (FileYear year : result.years()) {
            err.println(TerminalText.escape(year.describe()));
        }
        for (String problem : result.problems()) {
            err.println("problem: " + TerminalText.escape(problem));
        }
        for (TimeAnomaly anomaly : result.timeAnomalies()) {
            err.println("warning: " + TerminalText.escape(anomaly.describe(parserOptions.toSettings().zone())));
        }
        err.flush();
    }
}
