package io.mesosfailover.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.timeline.StateSlots;
import io.mesosfailover.timeline.TimelineState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.api.Test;

/** The engine's state in a key-value store: what was put comes back after a restart, older shapes are refused. */
class StoreTimelineStateTest {

    private static final Instant START = Instant.parse("2025-11-25T10:00:00Z");

    private final SavedState saved = new SavedState();

    @Test
    void shouldGiveBackWhatWasPutAndFlushedAfterARestartAndNothingRemoved() {
        // Given
        TimelineState state = saved.state();
        state.put(StateSlots.COUNT, "c1", "a", new StateSlots.Count(1));
        state.put(StateSlots.COUNT, "c1", "b", new StateSlots.Count(2));
        state.put(StateSlots.COUNT, "c2", "a", new StateSlots.Count(3));
        saved.flush();
        state.remove(StateSlots.COUNT, "c1", "b");
        state.put(StateSlots.COUNT, "c1", "c", new StateSlots.Count(4));

        // When
        TimelineState again = saved.restart();

        // Then
        Map<String, Long> c1 = new TreeMap<>();
        again.forEach(StateSlots.COUNT, "c1", (subject, count) -> c1.put(subject, count.value()));
        assertThat(c1).containsExactly(Map.entry("a", 1L), Map.entry("c", 4L));
        assertThat(again.get(StateSlots.COUNT, "c2", "a")).isEqualTo(new StateSlots.Count(3));
        assertThat(again.get(StateSlots.COUNT, "c1", "b")).isNull();
        assertThat(new TreeSet<>(again.clusters(StateSlots.COUNT))).containsExactly("c1", "c2");
        assertThat(again.clusters(StateSlots.AGENT)).isEmpty();
    }

    @Test
    void shouldWriteNothingOfARecordPutAndRemovedBetweenTwoFlushes() {
        // Given
        TimelineState state = saved.state();
        state.forEach(StateSlots.COUNT, "c1", (subject, count) -> { });

        // When
        state.put(StateSlots.COUNT, "c1", "passing", new StateSlots.Count(1));
        state.remove(StateSlots.COUNT, "c1", "passing");
        state.put(StateSlots.COUNT, "c1", "staying", new StateSlots.Count(2));
        saved.flush();

        // Then
        assertThat(saved.bytes().approximateNumEntries()).isEqualTo(1);
    }

    @Test
    void shouldKeepTheParseTallyAndWhatWasReportedOfItAcrossARestart() {
        // Given
        ParseTally tally = new ParseTally(saved.state());
        ParseStats none = ParseStats.empty();
        ParseStats some = new ParseStats(10, 8, 5, 1, 1, 0, 0, 0, new TreeMap<>());
        tally.add("c1", "m1", none, some, START);
        tally.add("c1", "m2", none, some, START.plusSeconds(1));
        tally.takeChanged("c1");
        tally.add("c1", "m1", some, new ParseStats(15, 12, 7, 1, 1, 1, 0, 0, new TreeMap<>()), START.plusSeconds(2));

        // When
        ParseTally restored = new ParseTally(saved.restart());
        Map<String, ParseTally.Report> changed = restored.takeChanged("c1");
        ParseTally again = new ParseTally(saved.restart());

        // Then
        assertThat(changed).containsOnlyKeys("m1");
        assertThat(changed.get("m1").stats().lines()).isEqualTo(15);
        assertThat(changed.get("m1").stats().unrecognized()).isEqualTo(7);
        assertThat(changed.get("m1").time()).isEqualTo(START.plusSeconds(2));
        assertThat(again.takeChanged("c1")).isEmpty();
    }

    @Test
    void shouldRefuseAStoreOfTheFormerJavaSerializedSnapshots() {
        // Given: the header of a cluster as the snapshots of format 3 kept it
        saved.bytes().put(Bytes.wrap("c1".getBytes(StandardCharsets.UTF_8)), new byte[20]);

        // Then
        assertThatThrownBy(saved::restart).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another version of mesos-failover")
                .hasMessageContaining("reset the application's state");
    }

    @Test
    void shouldRefuseStateOfAnotherFormat() {
        // Given
        int other = StateSerdes.FORMAT + 1;
        saved.bytes().put(Bytes.wrap(("[" + other + ",\"agent\",\"c1\",\"10.0.0.1:5051\"]")
                .getBytes(StandardCharsets.UTF_8)), "{}".getBytes(StandardCharsets.UTF_8));

        // Then
        assertThatThrownBy(saved::restart).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format " + other + ", this version reads format " + StateSerdes.FORMAT);
    }
}
