package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.Unrecognized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example line of the message catalog, one corpus file per Mesos version, becomes a typed event. */
class CatalogCorpusTest {

    static final Path CORPUS = Path.of("../grammar/src/test/resources/corpus");

    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(file -> file.toString().endsWith(".log")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void shouldTurnEveryCatalogExampleIntoATypedEvent(Path file) {
        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), file);

        // Then
        assertThat(result.stats().malformed()).as("malformed lines of %s", file).isZero();
        assertThat(result.outcomes()).as("outcomes of %s", file)
                .allSatisfy(outcome -> assertThat(((ParseOutcome.Parsed) outcome).event())
                        .isNotInstanceOf(Unrecognized.class));
        assertThat(result.stats().events()).isGreaterThan(0);
    }
}
