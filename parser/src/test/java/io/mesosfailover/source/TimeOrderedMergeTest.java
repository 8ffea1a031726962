package io.mesosfailover.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeOrderedMergeTest {

    private static final Instant T0 = Instant.parse("2021-03-09T14:30:00Z");

    @Test
    void shouldGiveTheOldestFirstWhateverTheOrderTheyCameIn() {
        // Given
        TimeOrderedMerge<String> merge = new TimeOrderedMerge<>();
        merge.add("third", T0.plusSeconds(3), 0);
        merge.add("first", T0.plusSeconds(1), 1);
        merge.add("second", T0.plusSeconds(2), 2);

        // When
        List<String> merged = drain(merge);

        // Then
        assertThat(merged).containsExactly("first", "second", "third");
    }

    @Test
    void shouldBreakTiesByRankNotByArrival() {
        // Given files added last to first, all at one time
        TimeOrderedMerge<String> merge = new TimeOrderedMerge<>();
        for (int rank = 2; rank >= 0; rank--) {
            merge.add("file " + rank, T0, rank);
        }

        // When / Then
        assertThat(drain(merge)).containsExactly("file 0", "file 1", "file 2");
    }

    @Test
    void shouldReleaseOnlyWhatIsNotAfterTheBound() {
        // Given
        TimeOrderedMerge<String> merge = new TimeOrderedMerge<>();
        merge.add("at bound", T0, 1);
        merge.add("before", T0.minusMillis(1), 0);
        merge.add("after", T0.plusNanos(1), 2);

        // When
        String first = merge.pollNotAfter(T0);
        String second = merge.pollNotAfter(T0);
        String third = merge.pollNotAfter(T0);

        // Then
        assertThat(List.of(first, second)).containsExactly("before", "at bound");
        assertThat(third).isNull();
        assertThat(merge.size()).isEqualTo(1);
        assertThat(merge.oldestTime()).isEqualTo(T0.plusNanos(1));
    }

    @Test
    void shouldSayNothingWaitsWhenEmpty() {
        // Given
        TimeOrderedMerge<String> merge = new TimeOrderedMerge<>();
        merge.add("only", T0, 0);
        merge.clear();

        // When / Then
        assertThat(merge.isEmpty()).isTrue();
        assertThat(merge.poll()).isNull();
        assertThat(merge.pollNotAfter(T0)).isNull();
        assertThat(merge.oldestTime()).isNull();
    }

    @Test
    void shouldMergeSortedSourcesIntoOneSortedSequence() {
        // Given sources each in time order, merged as the drivers do: a source's next item is added when its last
        // one is taken out
        Random random = new Random(42);
        List<List<Instant>> sources = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            List<Instant> times = new ArrayList<>();
            Instant time = T0;
            for (int i = 0; i < 200; i++) {
                time = time.plusMillis(random.nextInt(3));
                times.add(time);
            }
            sources.add(times);
        }
        TimeOrderedMerge<int[]> merge = new TimeOrderedMerge<>();
        for (int s = 0; s < sources.size(); s++) {
            merge.add(new int[] {s, 0}, sources.get(s).get(0), s);
        }

        // When
        List<int[]> merged = new ArrayList<>();
        for (int[] next = merge.poll(); next != null; next = merge.poll()) {
            merged.add(next);
            int source = next[0];
            int following = next[1] + 1;
            if (following < sources.get(source).size()) {
                merge.add(new int[] {source, following}, sources.get(source).get(following), source);
            }
        }

        // Then: every item once, by time, equal times by source
        assertThat(merged).hasSize(5 * 200);
        for (int i = 1; i < merged.size(); i++) {
            Instant before = sources.get(merged.get(i - 1)[0]).get(merged.get(i - 1)[1]);
            Instant after = sources.get(merged.get(i)[0]).get(merged.get(i)[1]);
            assertThat(before).isBeforeOrEqualTo(after);
            if (before.equals(after)) {
                assertThat(merged.get(i - 1)[0]).isLessThanOrEqualTo(merged.get(i)[0]);
            }
        }
    }

    @Test
    void shouldRefuseAnItemWithoutTime() {
        // Given
        TimeOrderedMerge<String> merge = new TimeOrderedMerge<>();

        // When / Then
        assertThatThrownBy(() -> merge.add("no time", null, 0)).isInstanceOf(NullPointerException.class)
                .hasMessage("time is null");
    }

    private static List<String> drain(TimeOrderedMerge<String> merge) {
        List<String> merged = new ArrayList<>();
        for (String next = merge.poll(); next != null; next = merge.poll()) {
            merged.add(next);
        }
        return merged;
    }
}
