package io.mesosfailover.parser.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The messages (the text after the glog prefix, or the whole line) of the catalog's corpus and of the real logs. */
final class CorpusMessages {

    private CorpusMessages() {
    }

    /** @return every line's message, file by file, in a stable order */
    static List<String> all() {
        try {
            List<Path> files = new ArrayList<>();
            files.add(resource("/logs/mesos-log-examples.log"));
            try (Stream<Path> corpus = Stream.concat(Files.walk(Path.of("../grammar/src/test/resources/corpus")),
                    Files.list(resource("/real")))) {
                corpus.filter(file -> file.toString().endsWith(".log")).sorted().forEach(files::add);
            }
            List<String> messages = new ArrayList<>();
            for (Path file : files) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    GlogPrefix prefix = GlogPrefix.parse(line, 0);
                    messages.add(prefix == null ? line : line.substring(prefix.messageStart()));
                }
            }
            return messages;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(CorpusMessages.class.getResource(name).toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
