package io.mesosfailover.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        FileParse fileParse = parser.open(name);
        List<ParseOutcome> outcomes = new ArrayList<>();
        for (String line : lines) {
            fileParse.accept(line, outcomes::add);
        }
        fileParse.finish(outcomes::add);
        return new Result(outcomes, fileParse.stats());
    }

    record Result(List<ParseOutcome> outcomes, ParseStats stats) {
    }
}
