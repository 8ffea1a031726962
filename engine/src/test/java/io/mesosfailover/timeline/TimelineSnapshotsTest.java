package io.mesosfailover.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesosfailover.event.AgentAddress;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.event.TaskLaunching;
import io.mesosfailover.parser.ParseStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snapshots save the remembered task launches as segments: what changed per commit, the same memory on restore. */
class TimelineSnapshotsTest {

    private static final Instant START = Instant.parse("2025-11-25T10:00:00Z");

    private long launched;

    @Test
    void shouldRestoreTheSameLaunchesInTheSameOrderAcrossSegmentsFromScratchAndBeyondTheLimit() {
        // Given
        StreamingTimeline reference = timeline();
        StreamingTimeline saved = timeline();
        SavedTimeline store = new SavedTimeline();

        // When
        int total = TaskLaunches.LIMIT + 40_000;
        for (int i = 0; i < total; i++) {
            // every fifth launch is of a task launched before (and still remembered, or forgotten)
            String taskId = i % 5 == 0 ? "app.again-" + (i % 3_000) : "app" + (i % 7) + ".task-" + i;
            TaskLaunching launch = launch("c1", taskId);
            reference.accept(launch);
            saved.accept(launch);
            if (i % 997 == 0) {
                store.save(saved, 8 * 1024);
            }
            if (i % 9_973 == 0) {
                saved = store.saveAndRestore(saved, 8 * 1024);
            }
        }
        saved = store.saveAndRestore(saved, 8 * 1024);

        // Then
        assertThat(launches(saved, "c1")).hasSize(TaskLaunches.LIMIT).isEqualTo(launches(reference, "c1"));
        // the first save, then each time the journal outgrew the launches remembered: a few times, not every commit
        assertThat(store.segmentsFromScratch()).as("segments from scratch").isBetween(2, 4);
    }

    @Test
    void shouldSaveOnlyTheLaunchesOfTheCommitOnceTheFirstSegmentIsSaved() {
        // Given
        StreamingTimeline timeline = timeline();
        for (int i = 0; i < 50_000; i++) {
            timeline.accept(launch("c1", "app.task-" + i));
        }
        TimelineSnapshots.Saved first = TimelineSnapshots.save(timeline, 512 * 1024);
        for (int i = 0; i < 10; i++) {
            timeline.accept(launch("c1", "app.later-" + i));
        }

        // When
        TimelineSnapshots.Saved next = TimelineSnapshots.save(timeline, 512 * 1024);
        TimelineSnapshots.Saved unchanged = TimelineSnapshots.save(timeline, 512 * 1024);

        // Then
        assertThat(first.launchesFromScratch()).isTrue();
        assertThat(first.launches()).hasSizeGreaterThan(1).allSatisfy(segment ->
                assertThat(segment.length).isLessThan(512 * 1024 + 200));
        assertThat(next.launchesFromScratch()).isFalse();
        assertThat(next.launches()).singleElement().satisfies(segment -> assertThat(segment.length).isLessThan(600));
        assertThat(next.state().length).isLessThan(8 * 1024);
        assertThat(unchanged.launches()).isEmpty();
    }

    @Test
    void shouldStartFromScratchWhenTheJournalOverflowsBetweenCommits() {
        // Given
        StreamingTimeline reference = timeline();
        StreamingTimeline saved = timeline();
        SavedTimeline store = new SavedTimeline();
        reference.accept(launch("c1", "app.first"));
        saved.accept(launch("c1", "app.first"));
        saved = store.saveAndRestore(saved, 64 * 1024);

        // When
        for (int i = 0; i < TaskLaunches.LIMIT + 5; i++) {
            TaskLaunching launch = launch("c1", "app.task-" + i);
            reference.accept(launch);
            saved.accept(launch);
        }
        saved = store.saveAndRestore(saved, 64 * 1024);

        // Then
        assertThat(store.segmentsFromScratch()).isEqualTo(2);
        assertThat(launches(saved, "c1")).isEqualTo(launches(reference, "c1"));
    }

    @Test
    void shouldNotRememberLaunchesWithoutATaskIdOrWithAnAbsurdOne() {
        // Given
        StreamingTimeline timeline = timeline();

        // When
        timeline.accept(launch("c1", null));
        timeline.accept(launch("c1", "x".repeat(TaskLaunches.MAX_TASK_ID_CHARS + 1)));
        timeline.accept(launch("c1", "app.ok"));

        // Then
        assertThat(launches(timeline, "c1")).extracting(TaskLaunches.Launch::taskId).containsExactly("app.ok");
    }

    @Test
    void shouldKeepTheParseTallyAndWhatWasReportedOfItAcrossARestore() {
        // Given
        StreamingTimeline timeline = timeline();
        SavedTimeline store = new SavedTimeline();
        ParseStats none = ParseStats.empty();
        ParseStats some = new ParseStats(10, 8, 5, 1, 1, 0, 0, 0, new java.util.TreeMap<>());
        timeline.parsed().add("m1", none, some, START);
        timeline.parsed().add("m2", none, some, START.plusSeconds(1));
        timeline.parsed().takeChanged();
        timeline.parsed().add("m1", some, new ParseStats(15, 12, 7, 1, 1, 1, 0, 0, new java.util.TreeMap<>()),
                START.plusSeconds(2));

        // When
        StreamingTimeline restored = store.saveAndRestore(timeline, 1024);
        Map<String, ParseTally.Report> changed = restored.parsed().takeChanged();
        StreamingTimeline again = store.saveAndRestore(restored, 1024);

        // Then
        assertThat(changed).containsOnlyKeys("m1");
        assertThat(changed.get("m1").stats().lines()).isEqualTo(15);
        assertThat(changed.get("m1").stats().unrecognized()).isEqualTo(7);
        assertThat(changed.get("m1").time()).isEqualTo(START.plusSeconds(2));
        assertThat(again.parsed().takeChanged()).isEmpty();
    }

    @Test
    void shouldRefuseASegmentOfAClusterTheStateDoesNotHave() {
        // Given
        StreamingTimeline one = timeline();
        one.accept(launch("c1", "app.a"));
        StreamingTimeline other = timeline();
        other.accept(launch("c2", "app.b"));
        byte[] state = TimelineSnapshots.save(one, 1024).state();
        List<byte[]> segments = TimelineSnapshots.save(other, 1024).launches();

        // Then
        assertThatThrownBy(() -> TimelineSnapshots.restore(state, segments))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cluster c2");
    }

    private static StreamingTimeline timeline() {
        return new StreamingTimeline(TimelineSettings.DEFAULTS, Duration.ZERO);
    }

    private TaskLaunching launch(String cluster, String taskId) {
        long n = launched++;
        return new TaskLaunching(START.plusMillis(n), new SourceRef(cluster, "m1", "mesos-master.INFO", n + 1), taskId,
                "fw-1", "marathon", null, "cpus:1", null, new AgentAddress("10.0." + (n % 200) + ".1", 5051),
                "agent-" + (n % 200), null);
    }

    /** Takes every launch, in order: the test is done with the timeline's journal afterwards. */
    private static List<TaskLaunches.Launch> launches(StreamingTimeline timeline, String cluster) {
        return timeline.taskLaunches().get(cluster).takeForSegment(true);
    }
}
