package io.mesosfailover.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.grammar.GlogLexer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The hand-written prefix split (the fast path) and the grammar's GLOG_PREFIX token agree on every line of the
 * example log and on lines made to look almost like prefixes. The messages themselves are compared by the gate
 * equivalence test.
 */
class PrefixGrammarAgreementTest {

    @Test
    void shouldSplitPrefixesExactlyAsTheGrammarDoes() throws IOException, URISyntaxException {
        // Given
        List<String> lines = new ArrayList<>(Files.readAllLines(
                Path.of(getClass().getResource("/logs/mesos-log-examples.log").toURI()), StandardCharsets.UTF_8));
        lines.add("I0502 17:00:26.087030 5669 master.cpp:931] one-digit-wide thread id");
        lines.add("I20150502 17:00:26.087030 123456 master.cpp:931] glog 0.6 prefix with the year");
        lines.add("I0502 17:00:26.08703  5669 master.cpp:931] five-digit micros");
        lines.add("X0502 17:00:26.087030  5669 master.cpp:931] bad severity");
        lines.add("I0502 17:00:26.087030  5669 master.cpp] no line number");
        lines.add("I0502 17:00:26.087030  5669 master.cpp:931]");
        int prefixed = 0;

        for (String line : lines) {
            // When
            GlogPrefix byHand = GlogPrefix.parse(line, 0);
            GlogLexer lexer = new GlogLexer(CharStreams.fromString(line));
            lexer.removeErrorListeners();
            Token first = lexer.nextToken();
            boolean grammarSawPrefix = first.getType() == GlogLexer.GLOG_PREFIX;

            // Then
            assertThat(byHand != null).as("prefix of '%s'", line).isEqualTo(grammarSawPrefix);
            if (byHand != null) {
                prefixed++;
                assertThat(byHand.messageStart()).as("message start of '%s'", line).isEqualTo(first.getText().length());
            }
        }
        assertThat(prefixed).isGreaterThan(300);
    }

    @Test
    void shouldParseWholeExampleLinesWithTheFullGrammar() throws IOException, URISyntaxException {
        // Given
        List<String> lines = Files.readAllLines(Path.of(getClass().getResource("/logs/mesos-log-examples.log").toURI()),
                StandardCharsets.UTF_8);
        MessageParser parser = new MessageParser();

        // When
        long parsed = lines.stream().filter(line -> parser.parseWholeLine(line) != null).count();

        // Then: all but the continuation lines and the bare stderr texts, which need the line before them
        assertThat(parsed).isGreaterThanOrEqualTo(lines.size() - 20L);
    }
}
