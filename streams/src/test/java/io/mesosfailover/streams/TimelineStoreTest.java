package io.mesosfailover.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesosfailover.event.AgentAddress;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.event.StatusUpdateSent;
import io.mesosfailover.event.TaskLaunching;
import io.mesosfailover.timeline.IncidentJson;
import io.mesosfailover.timeline.StreamingTimeline;
import io.mesosfailover.timeline.TimelineSettings;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store saves each changed timeline at a commit, as a small state and launch segments, and reads it back. */
class TimelineStoreTest {

    private static final Instant START = Instant.parse("2025-11-25T10:00:00Z");

    private KeyValueStore<String, byte[]> saved;
    private TimelineStore store;
    private long launched;

    @BeforeEach
    void openStore() {
        saved = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("timelines"), Serdes.String(),
                Serdes.ByteArray()).withLoggingDisabled().build();
        store = new TimelineStore(saved);
        MockProcessorContext<String, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    @Test
    void shouldReadBackWhatTheCommitsSavedAndKeepOnlyTheSegmentsSinceTheLastOneFromScratch() {
        // Given
        StreamingTimeline reference = fresh();
        StreamingTimeline live = store.timeline("c1", TimelineStoreTest::fresh);
        List<Integer> segmentsAfterCommit = new ArrayList<>();

        // When
        for (int i = 0; i < 130_000; i++) {
            TaskLaunching launch = launch("app.task-" + i);
            reference.accept(launch);
            live.accept(launch);
            store.changed("c1");
            if (i % 5_000 == 4_999) {
                store.flushCache();
                segmentsAfterCommit.add(keysWith('\u0001'));
            }
        }
        store.flushCache();
        store.clearCache();
        StreamingTimeline restored = store.timeline("c1", () -> {
            throw new AssertionError("the saved timeline was not found");
        });

        // Then
        long launchedBefore = launched;
        List<String> fromRestored = lostAndRelaunched(restored);
        launched = launchedBefore;
        assertThat(fromRestored).hasSize(2).isEqualTo(lostAndRelaunched(reference));
        assertThat(fromRestored.get(0)).contains("10.0.190.1:5051");
        assertThat(fromRestored.get(1)).doesNotContain("10.0.5.1:5051");
        assertThat(segmentsAfterCommit.get(0)).as("the first commit: every launch, in segments of 512 KB").isEqualTo(1);
        assertThat(segmentsAfterCommit).as("a commit adds a segment, or starts from scratch and drops the older ones")
                .anySatisfy(count -> assertThat(count).isLessThan(segmentsAfterCommit.get(19)));
        assertThat(store.clusters()).containsExactly("c1");
    }

    @Test
    void shouldRefuseATimelineSavedInTheFormerLayout() {
        // Given
        saved.put("c1", ByteBuffer.allocate(Integer.BYTES).putInt(1).array());

        // Then
        assertThatThrownBy(() -> store.timeline("c1", TimelineStoreTest::fresh))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reset the application's state");
    }

    private int keysWith(char mark) {
        int count = 0;
        try (KeyValueIterator<String, byte[]> all = saved.all()) {
            while (all.hasNext()) {
                if (all.next().key.indexOf(mark) >= 0) {
                    count++;
                }
            }
        }
        return count;
    }

    /** @return the incidents of two tasks lost, one launched lately and one long forgotten, and both relaunched */
    private List<String> lostAndRelaunched(StreamingTimeline timeline) {
        List<String> incidents = new ArrayList<>();
        for (String lost : List.of("app.task-129990", "app.task-5")) {
            long n = launched++;
            timeline.accept(new StatusUpdateSent(START.plusMillis(n), new SourceRef("c1", "m1", "mesos-master.INFO",
                    n + 1), "TASK_LOST", null, lost, null, "fw-1", "Agent removed"));
        }
        for (int i = 0; i < 2; i++) {
            timeline.accept(launch("app.relaunched-" + i)).forEach(incident ->
                    incidents.add(IncidentJson.toJson(incident).toString()));
        }
        return incidents;
    }

    private static StreamingTimeline fresh() {
        return new StreamingTimeline(TimelineSettings.DEFAULTS, Duration.ZERO);
    }

    private TaskLaunching launch(String taskId) {
        long n = launched++;
        return new TaskLaunching(START.plusMillis(n), new SourceRef("c1", "m1", "mesos-master.INFO", n + 1), taskId,
                "fw-1", "marathon", null, "cpus:1", null, new AgentAddress("10.0." + (n % 200) + ".1", 5051),
                "agent-" + (n % 200), null);
    }
}
