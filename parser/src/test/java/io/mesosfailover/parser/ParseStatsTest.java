package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Statistics add up, and what a batch of lines added is the difference of the statistics around it. */
class ParseStatsTest {

    private static final ParseStats BEFORE = new ParseStats(10, 7, 2, 1, 2, 0, 0, 0,
            new TreeMap<>(Map.of("agent-registered", 5L, "unrecognized", 2L)));
    private static final ParseStats AFTER = new ParseStats(25, 19, 6, 1, 2, 2, 1, 0,
            new TreeMap<>(Map.of("agent-registered", 5L, "unrecognized", 6L, "leader-elected", 8L)));

    @Test
    void shouldGiveWhatWasAddedBetweenTwoMoments() {
        // When
        ParseStats added = AFTER.minus(BEFORE);

        // Then
        assertThat(added).isEqualTo(new ParseStats(15, 12, 4, 0, 0, 2, 1, 0,
                new TreeMap<>(Map.of("unrecognized", 4L, "leader-elected", 8L))));
        assertThat(BEFORE.plus(added)).isEqualTo(AFTER);
    }
}
