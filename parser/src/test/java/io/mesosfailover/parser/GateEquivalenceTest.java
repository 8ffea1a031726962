package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.KnownTemplate;
import io.mesosfailover.event.TemplateFields;
import io.mesosfailover.parser.internal.MessageGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gate that keeps most lines away from the grammar, and the memo of parses per token-type sequence, change no
 * event: compared with a parser that runs the grammar on every message, on the corpus and mutated lines. Leaving the
 * known templates' fields out changes nothing but those fields.
 */
class GateEquivalenceTest {

    @Test
    void shouldGiveIdenticalEventsWithAndWithoutTheGate() throws IOException {
        // Given
        List<Path> files = corpus();

        for (Path file : files) {
            // When
            ParseFiles.Result gated = ParseFiles.parse(new GlogParser(ParserSettings.defaults(), new GlogParser.Ways(true, true, true)), file);
            ParseFiles.Result ungated = ParseFiles.parse(new GlogParser(ParserSettings.defaults(), new GlogParser.Ways(false, false, true)), file);

            // Then
            assertThat(gated.outcomes()).as("events of %s", file).isEqualTo(ungated.outcomes());
            assertThat(gated.stats()).isEqualTo(ungated.stats());
        }
    }

    @Test
    void shouldGiveTheSameEventsWithoutTheKnownTemplatesFieldsButForThoseFields() throws IOException {
        // Given
        List<Path> files = corpus();
        long knownWithFields = 0;

        for (Path file : files) {
            // When
            ParseFiles.Result full = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), file);
            ParseFiles.Result bare = ParseFiles.parse(new GlogParser(ParserSettings.defaults()).withoutTemplateFields(),
                    file);

            // Then
            assertThat(bare.outcomes()).as("events of %s", file)
                    .isEqualTo(full.outcomes().stream().map(GateEquivalenceTest::withoutFields).toList());
            assertThat(bare.stats()).isEqualTo(full.stats());
            knownWithFields += full.outcomes().stream().filter(outcome -> outcome instanceof ParseOutcome.Parsed parsed
                    && parsed.event() instanceof KnownTemplate known && !known.fields().isEmpty()).count();
        }
        assertThat(knownWithFields).isGreaterThan(100);
    }

    @Test
    void shouldGiveIdenticalEventsWithAndWithoutTheGateOnMutatedLines() throws IOException {
        // Given: real lines with words dropped, doubled, swapped or replaced, which stress the two-word gate
        List<String> real = Files.readAllLines(ParseFiles.resource("mesos-log-examples.log"));
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<String> lines = new ArrayList<>();
        lines.add("Log file created at: 2016/01/01 00:00:00");
        for (int i = 0; i < 20_000; i++) {
            lines.add(mutateWords(real.get(random.nextInt(real.size())), random));
        }

        // When
        ParseFiles.Result gated = ParseFiles.parse(new GlogParser(ParserSettings.defaults(), new GlogParser.Ways(true, true, true)), "m", lines);
        ParseFiles.Result ungated = ParseFiles.parse(new GlogParser(ParserSettings.defaults(), new GlogParser.Ways(false, false, true)), "m", lines);

        // Then
        assertThat(gated.outcomes()).isEqualTo(ungated.outcomes());
        assertThat(gated.stats().events() - gated.stats().unrecognized()).isGreaterThan(5_000);
    }

    /** @return the catalog's examples, the real master logs and the example listings */
    private static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>(CatalogCorpusTest.corpusFiles());
        try (Stream<Path> real = Files.list(ParseFiles.resource("mesos-log-examples.log").getParent().resolveSibling(
                "real"))) {
            real.filter(file -> file.toString().endsWith(".log")).sorted().forEach(files::add);
        }
        files.add(ParseFiles.resource("mesos-log-examples.log"));
        files.add(ParseFiles.resource("study-listing-1.log"));
        files.add(ParseFiles.resource("study-listing-2.log"));
        return files;
    }

    /** @return the outcome with a known template's fields left out, any other as it is */
    private static ParseOutcome withoutFields(ParseOutcome outcome) {
        if (outcome instanceof ParseOutcome.Parsed parsed && parsed.event() instanceof KnownTemplate known) {
            return new ParseOutcome.Parsed(new KnownTemplate(known.time(), known.source(), known.severity(),
                    known.template(), TemplateFields.NONE));
        }
        return outcome;
    }

    private static String mutateWords(String line, java.util.SplittableRandom random) {
        List<String> words = new ArrayList<>(List.of(line.split(" ", -1)));
        int at = words.size() > 6 ? 5 + random.nextInt(words.size() - 5) : words.size() - 1;
        switch (random.nextInt(5)) {
            case 0:
                return line;
            case 1:
                words.remove(at);
                break;
            case 2:
                words.add(at, words.get(at));
                break;
            case 3:
                java.util.Collections.swap(words, at, Math.min(words.size() - 1, at + 1));
                break;
            default:
                words.set(at, random.nextBoolean() ? "status" : "4");
        }
        return String.join(" ", words);
    }

    @Test
    void shouldKeepLinesNoTemplateStartsLikeAwayFromTheGrammar() {
        MessageGate gate = MessageGate.instance();

        // Offers, allocations and HTTP requests are known templates now: they go to the grammar too.
        assertThat(gate.admits("Sending 4 offers to framework 5050-0000 (marathon)")).isTrue();
        assertThat(gate.admits("Baking 4 pizzas for the office")).isFalse();
        assertThat(gate.admits("Hello from 10.0.0.1:5432")).isFalse();
        assertThat(gate.admits("Sending status update TASK_LOST for task t of framework f 'gone'")).isTrue();
        assertThat(gate.admits("Build: 2017-11-13 17:41:43 by centos")).isTrue();
        assertThat(gate.admits("Elected as the leading master!")).isTrue();
        assertThat(gate.admits("   ")).isFalse();
        assertThat(gate.firstWords()).contains("Registering", "Slave", "Agent", "EXIT", "Lost");
    }
}
