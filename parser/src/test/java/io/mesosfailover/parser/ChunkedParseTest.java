package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.source.LogChunks;
import io.mesosfailover.source.LogInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A log parsed in chunks on several threads gives what one parse reading its lines in order gives: the same outcomes
 * in the same order, the same counts, year and problems, whatever the chunk sizes, on every kind of log (headers in
 * the middle, capture prefixes, stderr lines, continuation lines, a new year, no year at all, mutated lines).
 */
class ChunkedParseTest {

    private static final Instant MODIFIED = Instant.parse("2021-06-01T00:00:00Z");

    private static ExecutorService workers;
    private static ExecutorService readers;

    @BeforeAll
    static void startPools() {
        workers = Executors.newFixedThreadPool(3);
        readers = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stopPools() {
        workers.shutdownNow();
        readers.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 4_000, 64_000})
    void shouldParseAPlainLogInChunksAsInOrder(int chunkBytes) throws IOException {
        // Given: a header, then the catalog's messages with times that go on, some with continuation lines
        byte[] log = plainLog(LocalDateTime.of(2021, 3, 9, 14, 0), Duration.ofMillis(7), 20_000, 0);

        // When
        Outcome chunked = chunked(log, chunkBytes);

        // Then: the same, and every chunk parsed apart from the others was right
        assertThat(chunked).isEqualTo(inOrder(log));
        assertThat(chunked.readAgain).isZero();
        assertThat(chunked.stats.events() - chunked.stats.unrecognized()).isGreaterThan(1_000);
    }

    @Test
    void shouldParseEveryRealAndCatalogLogPutTogetherAsInOrder() throws IOException, URISyntaxException {
        // Given: every file one after the other: headers and capture formats change in the middle of the log
        ByteArrayOutputStreamWithText log = new ByteArrayOutputStreamWithText();
        for (Path file : corpusFiles()) {
            log.write(Files.readAllBytes(file));
            log.write("\n");
        }

        // When
        byte[] bytes = log.toByteArray();
        Outcome chunked = chunked(bytes, 500);

        // Then
        assertThat(chunked).isEqualTo(inOrder(bytes));
        assertThat(chunked.stats.lines()).isGreaterThan(800);
    }

    @Test
    void shouldParseANewYearInChunksAsInOrder() throws IOException {
        // Given: December to January, lines a little out of order everywhere
        byte[] log = plainLog(LocalDateTime.of(2019, 12, 31, 23, 50), Duration.ofMillis(20), 60_000, 50);

        // When
        Outcome chunked = chunked(log, 2_000);

        // Then
        Outcome expected = inOrder(log);
        assertThat(chunked).isEqualTo(expected);
        assertThat(expected.outcomes).extracting(outcome -> outcome.toString().contains("2020-01-01")).contains(true);
    }

    @Test
    void shouldParseALogThatTellsNoYearInChunksAsInOrder() throws IOException {
        // Given: no header; the year comes from the modification time
        byte[] withHeader = plainLog(LocalDateTime.of(2021, 3, 9, 14, 0), Duration.ofMillis(5), 10_000, 50);
        String text = new String(withHeader, StandardCharsets.UTF_8);
        byte[] log = text.substring(text.indexOf("\nI") + 1).getBytes(StandardCharsets.UTF_8);

        // When
        Outcome chunked = chunked(log, 1_000);

        // Then
        assertThat(chunked).isEqualTo(inOrder(log));
        assertThat(chunked.year.source()).isEqualTo(YearSource.FILE_MODIFIED);
    }

    @Test
    void shouldParseMutatedLinesInChunksAsInOrder() throws IOException {
        // Given: lines cut short, bytes flipped (also in the glog prefix), characters of two to four bytes put in,
        // glog lines of about the shortest length with such characters
        List<String> real = Files.readAllLines(ParseFiles.resource("mesos-log-examples.log"), StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(11);
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 30_000; i++) {
            byte[] line = mutate(real.get(random.nextInt(real.size())), random);
            log.writeBytes(line);
            log.writeBytes(random.nextInt(7) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }

        // When
        byte[] bytes = log.toByteArray();
        Outcome chunked = chunked(bytes, 3_000);

        // Then
        Outcome expected = inOrder(bytes);
        assertThat(chunked).isEqualTo(expected);
        assertThat(chunked.stats.malformed()).isPositive();
    }

    private static byte[] mutate(String line, SplittableRandom random) {
        switch (random.nextInt(6)) {
            case 0:
                return line.substring(0, random.nextInt(line.length() + 1)).getBytes(StandardCharsets.UTF_8);
            case 1:
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                for (int flips = random.nextInt(1, 3); flips > 0 && bytes.length > 0; flips--) {
                    bytes[random.nextInt(Math.min(bytes.length, 40))] ^= (byte) (1 << random.nextInt(8));
                }
                return bytes;
            case 2:
                int at = random.nextInt(line.length() + 1);
                return (line.substring(0, at) + "\u00e9\u20ac\ud83d\ude00" + line.substring(at))
                        .getBytes(StandardCharsets.UTF_8);
            case 3:
                // the shortest prefix (28 characters): with two of them, 30 bytes but 29 characters, no glog line
                return ("I0903 10:15:22.317204 1 a:1]" + "\u00e9".repeat(random.nextInt(4)))
                        .getBytes(StandardCharsets.UTF_8);
            default:
                return line.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static Outcome chunked(byte[] log, int chunkBytes) throws IOException {
        GlogParser parser = new GlogParser(ParserSettings.defaults());
        List<ParseOutcome> outcomes = new ArrayList<>();
        try (ChunkedParse<List<ParseOutcome>> parse = ChunkedParse.start(parser.open("log", MODIFIED),
                LogChunks.of("log", new ByteArrayInputStream(log)), workers, readers,
                new ChunkedParse.Reading(3, chunkBytes / 4, chunkBytes), list -> list)) {
            for (List<ParseOutcome> piece = parse.next(); piece != null; piece = parse.next()) {
                outcomes.addAll(piece);
            }
            return new Outcome(outcomes, parse.stats(), parse.year(), parse.problems(), parse.chunksReadAgain());
        }
    }

    private static Outcome inOrder(byte[] log) throws IOException {
        FileParse parse = new GlogParser(ParserSettings.defaults()).open("log", MODIFIED);
        List<ParseOutcome> outcomes = new ArrayList<>();
        try (LogInput input = LogInput.of("log", new ByteArrayInputStream(log))) {
            for (String line = input.readLine(); line != null; line = input.readLine()) {
                parse.accept(line, outcomes::add);
            }
            parse.finish(outcomes::add);
            return new Outcome(outcomes, parse.stats(), parse.year(), input.problems(), 0);
        }
    }

    /**
     * A busy master's log: the catalog's messages of Mesos 1.11 in turn, a line every {@code step} (one in
     * {@code backEvery} a few milliseconds back, none with 0), every tenth with a continuation line.
     */
    private static byte[] plainLog(LocalDateTime start, Duration step, int lines, int backEvery) throws IOException {
        List<String> messages = Files.readAllLines(CatalogCorpusTest.CORPUS.resolve("1.11.0/catalog-examples.log"))
                .stream().filter(line -> line.length() > 30 && line.charAt(0) == 'I' && line.contains("] "))
                .map(line -> line.substring(line.indexOf("] ") + 2)).collect(Collectors.toList());
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Log file created at: %04d/%02d/%02d"
                + " %02d:%02d:%02d%nRunning on machine: mesos-master-1%nLog line format: [IWEF]mmdd hh:mm:ss.uuuuuu"
                + " threadid file:line] msg%n", start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                start.getHour(), start.getMinute(), start.getSecond()));
        SplittableRandom random = new SplittableRandom(lines);
        LocalDateTime time = start;
        for (int i = 0; i < lines; i++) {
            time = time.plus(step);
            LocalDateTime written = backEvery > 0 && random.nextInt(backEvery) == 0 ? time.minusNanos(3_000_000) : time;
            text.append(String.format(Locale.ROOT, "I%02d%02d %02d:%02d:%02d.%06d  %d master.cpp:%d] %s%n",
                    written.getMonthValue(), written.getDayOfMonth(), written.getHour(), written.getMinute(),
                    written.getSecond(), written.getNano() / 1000, 1860 + i % 7, 100 + i % 900,
                    messages.get(i % messages.size())));
            if (i % 10 == 0) {
                text.append("  continued on the next line ").append(i).append('\n');
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Path> corpusFiles() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("/real", "/logs")) {
            try (Stream<Path> listed = Files.list(Path.of(ChunkedParseTest.class.getResource(folder).toURI()))) {
                listed.filter(file -> file.toString().endsWith(".log")).sorted().forEach(files::add);
            }
        }
        files.addAll(CatalogCorpusTest.corpusFiles());
        return files;
    }

    /** What a parse gave; the chunks read again are not compared. */
    private record Outcome(List<ParseOutcome> outcomes, ParseStats stats, FileYear year, List<String> problems,
            int readAgain) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Outcome)) {
                return false;
            }
            Outcome that = (Outcome) other;
            return outcomes.equals(that.outcomes) && stats.equals(that.stats) && year.equals(that.year)
                    && problems.equals(that.problems);
        }

        @Override
        public int hashCode() {
            return outcomes.hashCode();
        }
    }

    /** Bytes, and text as UTF-8. */
    private static final class ByteArrayOutputStreamWithText extends java.io.ByteArrayOutputStream {
        void write(String text) {
            writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
