package io.mesosfailover.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.grammar.GlogLexer;
import io.mesosfailover.grammar.MesosMasterParser;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** The hand-written message lexer and the generated one produce the same tokens, on the corpus and mutations of it. */
class MessageLexerTest {

    @Test
    void shouldProduceTheTokensOfTheGeneratedLexer() {
        // Given
        List<String> messages = CorpusMessages.all();
        SplittableRandom random = new SplittableRandom(11);
        int corpusSize = messages.size();
        for (int i = 0; i < 30_000; i++) {
            messages.add(mutate(messages.get(random.nextInt(corpusSize)), random));
        }
        messages.add("slave(1)@10.0.2.22:5051(10.0.2.22) __req_res__(2)@h:1 a@b: x:1: exited() ... re-registered!");
        messages.add("from @0.0.0.0:0 ((3)@192.168.33.1:5050) (65)@10.42.134.255:5050 ()@h:1 (6x)@h:1 (7)@:1 @h: @ (8)@h");
        messages.add("\u0000\uFFFD tab\there ZooKeeper. elected. //mesos/ '--ip' {a,b}=c");

        for (String message : messages) {
            // When
            List<String> generated = generated(message);
            List<String> handWritten = handWritten(message);

            // Then
            assertThat(handWritten).as("tokens of '%s'", message).isEqualTo(generated);
        }
    }

    @Test
    void shouldReadTheLiteralsOfTheLexerFromTheParsersVocabulary() {
        // Given: the literal table reads the parser's vocabulary, so that the generated lexer is not loaded for it
        int maxType = GlogLexer.VOCABULARY.getMaxTokenType();

        // When
        List<String> lexers = new ArrayList<>();
        List<String> parsers = new ArrayList<>();
        for (int type = 0; type <= maxType + 1; type++) {
            lexers.add(GlogLexer.VOCABULARY.getLiteralName(type) + " " + GlogLexer.VOCABULARY.getSymbolicName(type));
            parsers.add(MesosMasterParser.VOCABULARY.getLiteralName(type) + " "
                    + MesosMasterParser.VOCABULARY.getSymbolicName(type));
        }

        // Then
        assertThat(MesosMasterParser.VOCABULARY.getMaxTokenType()).isEqualTo(maxType);
        assertThat(parsers).isEqualTo(lexers);
        assertThat(LiteralTable.messageLiterals()).hasSizeGreaterThan(1000);
    }

    private static List<String> generated(String message) {
        GlogLexer lexer = new GlogLexer(CharStreams.fromString(message));
        lexer.removeErrorListeners();
        boolean[] failed = {false};
        lexer.addErrorListener(new org.antlr.v4.runtime.BaseErrorListener() {
            @Override
            public void syntaxError(org.antlr.v4.runtime.Recognizer<?, ?> recognizer, Object symbol, int line, int column,
                    String text, org.antlr.v4.runtime.RecognitionException exception) {
                failed[0] = true;
            }
        });
        lexer.pushMode(GlogLexer.MESSAGE_TEXT);
        List<String> tokens = describe(lexer::nextToken);
        return failed[0] ? List.of("error") : tokens;
    }

    private static List<String> handWritten(String message) {
        MessageLexer lexer = new MessageLexer();
        CharStream stream = CharStreams.fromString(message);
        lexer.reset(message, stream);
        List<String> tokens = describe(lexer::nextToken);
        return lexer.failed() ? List.of("error") : tokens;
    }

    private static List<String> describe(java.util.function.Supplier<Token> source) {
        List<String> tokens = new ArrayList<>();
        for (Token token = source.get(); ; token = source.get()) {
            tokens.add(token.getType() + "@" + token.getStartIndex() + ".." + token.getStopIndex());
            if (token.getType() == Token.EOF) {
                return tokens;
            }
        }
    }

    private static String mutate(String message, SplittableRandom random) {
        if (message.isEmpty()) {
            return message;
        }
        StringBuilder mutated = new StringBuilder(message);
        String alphabet = " ()':;,[]{}!=@._-/*\t\nAZaz09\u00e9";
        for (int edits = random.nextInt(1, 4); edits > 0; edits--) {
            TextEdits.editOne(mutated, mutated.length(), random::nextInt, alphabet);
            if (mutated.length() == 0) {
                break;
            }
        }
        return mutated.toString();
    }
}
