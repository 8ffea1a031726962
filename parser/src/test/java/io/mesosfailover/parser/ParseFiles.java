package io.mesosfailover.parser;

import io.mesosfailover.event.MesosEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test helper: parses a file of the test resources and keeps every outcome. */
final class ParseFiles {

    private ParseFiles() {
    }

    static Path resource(String name) {
        try {
            return Path.of(ParseFiles.class.getResource("/logs/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result parse(GlogParser parser, Path file) {
        try {
            return parse(parser, file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result parse(GlogParser parser, String name, List<String> lines) {
        return parse(parser.open(name), lines);
    }

    /** Parses lines as an archived file modified at {@code modified}. */
    static Result parse(GlogParser parser, String name, Instant modified, List<String> lines) {
        return parse(parser.open(name, modified), lines);
    }

    private static Result parse(FileParse fileParse, List<String> lines) {
        List<ParseOutcome> outcomes = new ArrayList<>();
        for (String line : lines) {
            fileParse.accept(line, outcomes::add);
        }
        fileParse.finish(outcomes::add);
        return new Result(outcomes, fileParse.stats(), fileParse.year());
    }

    record Result(List<ParseOutcome> outcomes, ParseStats stats, FileYear year) {

        List<MesosEvent> events() {
            List<MesosEvent> events = new ArrayList<>();
            for (ParseOutcome outcome : outcomes) {
                if (outcome instanceof ParseOutcome.Parsed) {
                    events.add(((ParseOutcome.Parsed) outcome).event());
                }
            }
            return events;
        }
    }
}
