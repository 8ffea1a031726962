package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.parser.internal.MessageGate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate that keeps most lines away from the grammar changes no event, on the whole corpus. */
class GateEquivalenceTest {

    @Test
    void shouldGiveIdenticalEventsWithAndWithoutTheGate() throws IOException {
        // Given
        List<Path> files = new ArrayList<>(CatalogCorpusTest.corpusFiles());
        files.add(ParseFiles.resource("mesos-log-examples.log"));
        files.add(ParseFiles.resource("study-listing-1.log"));
        files.add(ParseFiles.resource("study-listing-2.log"));

        for (Path file : files) {
            // When
            ParseFiles.Result gated = ParseFiles.parse(new GlogParser(ParserSettings.defaults(), true), file);
            ParseFiles.Result ungated = ParseFiles.parse(new GlogParser(ParserSettings.defaults(), false), file);

            // Then
            assertThat(gated.outcomes()).as("events of %s", file).isEqualTo(ungated.outcomes());
            assertThat(gated.stats()).isEqualTo(ungated.stats());
        }
    }

    @Test
    void shouldKeepNoiseAwayFromTheGrammar() {
        MessageGate gate = MessageGate.instance();

        assertThat(gate.admits("Sending 4 offers to framework 5050-0000 (marathon)")).isTrue();
        assertThat(gate.admits("HTTP GET for /master/state from 10.0.0.1:5432")).isFalse();
        assertThat(gate.admits("Performed allocation for 12 agents in 1.07ms")).isFalse();
        assertThat(gate.admits("Elected as the leading master!")).isTrue();
        assertThat(gate.admits("   ")).isFalse();
        assertThat(gate.firstWords()).contains("Registering", "Slave", "Agent", "EXIT", "Lost");
    }
}
