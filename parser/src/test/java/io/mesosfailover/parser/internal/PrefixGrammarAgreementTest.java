package io.mesosfailover.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.grammar.GlogLexer;
import io.mesosfailover.grammar.MesosMasterParser;
import io.mesosfailover.parser.internal.CapturedLine.Kind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

/**
 * The hand-written prefix split (the fast path) and the grammar's GLOG_PREFIX token agree on every line of the
 * example log and on lines made to look almost like prefixes; the capture prefixes split by hand
 * ({@link CapturePrefixes}) and the grammar's {@code linePrefix} rule agree on where the glog record starts and on
 * the prefixes in front of it, for the real corpus, every capture format and 20,000 mutations of them. The messages
 * themselves are compared by the gate equivalence test.
 */
class PrefixGrammarAgreementTest {

    private static final Map<Integer, Kind> KINDS = Map.of(GlogLexer.SYSLOG_PREFIX, Kind.SYSLOG,
            GlogLexer.ISO_SYSLOG_PREFIX, Kind.ISO_SYSLOG, GlogLexer.RFC5424_PREFIX, Kind.RFC5424,
            GlogLexer.DOCKER_TIMESTAMP_PREFIX, Kind.DOCKER_TIMESTAMP, GlogLexer.COMPOSE_PREFIX, Kind.COMPOSE,
            GlogLexer.KUBERNETES_PREFIX, Kind.KUBERNETES, GlogLexer.DATED_PREFIX, Kind.DATED,
            GlogLexer.UI_DATE_PREFIX, Kind.UI_DATE);
    private static final Map<Integer, Kind> OTHER_KINDS = Map.of(GlogLexer.OTHER_WORD, Kind.OTHER_WORD,
            GlogLexer.GREP_PREFIX, Kind.GREP_FILE, GlogLexer.LINE_NUMBER_PREFIX, Kind.LINE_NUMBER);
    private static final String RECORD = "I0623 20:41:36.810322 28369 master.cpp:2017] Elected as the leading master!";
    private static final List<String> CAPTURES = List.of(
            "2017-06-23T20:41:36.810322123Z ",
            "2017-06-23T20:41:36+0000 master-1 mesos-master[28369]: ",
            "2017-06-23T20:41:36.810322+05:30 master-1 mesos-master: ",
            "<14>1 2017-06-23T20:41:36.810Z master-1 mesos-master 28369 - - ",
            "<14>1 2017-06-23T20:41:36.810Z master-1 mesos-master 28369 ID47 [a@1 b=\"3\"][c@2] ",
            "<13>Jun 23 20:41:36 master-1 mesos-master: ",
            "2017-06-23 20:41:36: ",
            "2017-06-23 20:41:36.123: ",
            "6/23/2017 8:41:36 PM",
            "12/3/2017 11:41:36 AM  ",
            "Jun 23 20:41:36 master-1 mesos-master[28369]: ",
            "Jun  3 20:41:36.810322 master-1 dcos/mesos-master: ",
            "master_1    | ",
            "mesos-master-1  | 2017-06-23T20:41:36.810322123Z ",
            "[pod/mesos-master-0/master] ",
            "[pod/mesos-master-0/master] 2017-06-23T20:41:36Z ",
            "mesos-master: ",
            "INFO master-1 ",
            "a b c ",
            "a b c d ",
            "mesos-master.INFO:",
            "logs/mesos-master.INFO.20141028-061840.28180:127:",
            "127 ",
            "master-1 127 ",
            "a:b c ",
            "17:",
            "Mar 31 04:44:10 ip-172-31-38-31.aws.cmcrc.com docker[859]: master_1 | ");

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
    void shouldSplitCapturePrefixesExactlyAsTheGrammarDoes() throws IOException, URISyntaxException {
        // Given: the real corpus, every capture format in front of a record, and mutations of them
        List<String> lines = new ArrayList<>(realCorpusLines());
        for (String capture : CAPTURES) {
            lines.add(capture + RECORD);
        }
        Random random = new Random(13);
        String alphabet = " |[]/:-.TZ+<>019APMIaz_\t";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder mutant = new StringBuilder(CAPTURES.get(random.nextInt(CAPTURES.size())) + RECORD);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                TextEdits.editOne(mutant, Math.min(mutant.length(), 64), random::nextInt, alphabet);
            }
            lines.add(mutant.toString());
        }
        int split = 0;

        for (String line : lines) {
            // When
            String byHand = fastSplit(line);
            String byGrammar = grammarSplit(line);

            // Then
            assertThat(byHand).as("split of '%s'", line).isEqualTo(byGrammar);
            split += byHand == null ? 0 : 1;
        }
        assertThat(split).isGreaterThan(4_000);
    }

    /** @return "start kinds" of the glog record as the hand-written split finds it, {@code null} when none */
    private static String fastSplit(String line) {
        if (GlogPrefix.parse(line, 0) != null) {
            return "0 []";
        }
        CapturedLine captured = CapturePrefixes.split(line);
        return captured == null || captured.glog() == null ? null : captured.recordStart() + " " + captured.kinds();
    }

    /** @return "start kinds" of the glog record as the grammar's {@code linePrefix} finds it, {@code null} when none */
    private static String grammarSplit(String line) {
        GlogLexer lexer = new GlogLexer(CharStreams.fromString(line));
        int[] firstError = {Integer.MAX_VALUE};
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int row, int column,
                    String message, RecognitionException exception) {
                firstError[0] = Math.min(firstError[0], column);
            }
        });
        MesosMasterParser parser = new MesosMasterParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        MesosMasterParser.LinePrefixContext prefix;
        try {
            prefix = parser.linePrefix();
        } catch (ParseCancellationException | RecognitionException noMatch) {
            return null;
        }
        int start = prefix.glogPrefix().getStart().getStartIndex();
        if (firstError[0] < start) {
            return null;
        }
        List<Kind> kinds = new ArrayList<>();
        for (MesosMasterParser.CapturePrefixContext capture : prefix.capturePrefix()) {
            kinds.add(kindOf(capture));
        }
        if (prefix.otherPrefix() != null) {
            prefix.otherPrefix().otherWord()
                    .forEach(word -> kinds.add(OTHER_KINDS.get(word.getStart().getType())));
        }
        return start + " " + kinds;
    }

    private static Kind kindOf(MesosMasterParser.CapturePrefixContext capture) {
        Kind kind = KINDS.get(capture.getStart().getType());
        if (kind == null) {
            throw new IllegalStateException("a capture prefix the test does not know: " + capture.getText());
        }
        return kind;
    }

    private List<String> realCorpusLines() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/real").toURI());
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".log")).sorted()
                    .collect(Collectors.toList())) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        return lines;
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
