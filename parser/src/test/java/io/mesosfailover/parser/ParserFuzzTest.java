package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Feeds the parser 120,000 mutated and random lines (seeded, so a failure can be replayed): no exception, and every
 * line accounted for. Mutations: byte flips, truncations, splices of real lines, random bytes decoded with
 * replacement, NUL, header lines in odd places, a line of several megabytes.
 */
class ParserFuzzTest {

    private static final int LINES = 120_000;
    private static final long SEED = 20_261_124L;

    @Test
    void shouldAccountForEveryMutatedLineWithoutThrowing() throws IOException {
        // Given
        List<String> real = Files.readAllLines(ParseFiles.resource("mesos-log-examples.log"), StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> lines = new ArrayList<>(LINES);
        for (int i = 0; i < LINES; i++) {
            lines.add(mutate(real.get(random.nextInt(real.size())), real, random));
        }
        lines.add(5_000, "I0903 10:15:22.317204  1432 logging.cpp:142] " + "x".repeat(3 * 1024 * 1024));

        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults().withYear(2016)), "fuzz",
                lines);

        // Then
        ParseStats stats = result.stats();
        // a record glued to the end of a stderr text is a line of its own, with the number of the line it is on
        long gluedRecords = result.outcomes().size() - result.outcomes().stream().mapToLong(ParserFuzzTest::lineOf)
                .distinct().count();
        assertThat(stats.lines()).isEqualTo(lines.size() + gluedRecords);
        assertThat(gluedRecords).isLessThan(LINES / 1000);
        assertThat(stats.pendingLines()).isZero();
        assertThat(stats.events() + stats.malformed()).isEqualTo(result.outcomes().size());
        assertThat(stats.events()).isGreaterThan(LINES / 4);
        assertThat(stats.malformed()).isGreaterThan(0);
    }

    private static long lineOf(ParseOutcome outcome) {
        return outcome instanceof ParseOutcome.Parsed parsed ? parsed.event().source().line()
                : ((ParseOutcome.Malformed) outcome).source().line();
    }

    private static String mutate(String line, List<String> real, SplittableRandom random) {
        switch (random.nextInt(9)) {
            case 0:
                return line;
            case 1:
                return flipBytes(line, random);
            case 2:
                return line.substring(0, random.nextInt(line.length() + 1));
            case 3:
                String other = real.get(random.nextInt(real.size()));
                return line.substring(0, random.nextInt(line.length() + 1)) + other.substring(random.nextInt(other.length() + 1));
            case 4:
                byte[] bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            case 5:
                return line.replace(' ', '\0');
            case 6:
                return random.nextBoolean() ? "Log file created at: 2019/12/31 23:59:59" : "Running on machine: " + line;
            case 7:
                return line.substring(0, Math.min(line.length(), 22)) + line.substring(Math.min(line.length(), 40));
            default:
                return line.replace("slave", "agent").replace('(', '[');
        }
    }

    private static String flipBytes(String line, SplittableRandom random) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        for (int flips = random.nextInt(1, 4); flips > 0 && bytes.length > 0; flips--) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
