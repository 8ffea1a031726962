package io.mesosfailover.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.event.StatusUpdateSent;
import io.mesosfailover.event.TaskLaunching;
import io.mesosfailover.event.TaskRemoved;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tasks a cluster remembers with their agents: at most a limit, the oldest forgotten first, each kept in the state;
 * a removal by the master makes a task the newest.
 */
class RememberedTasksTest {

    private static final Instant START = Instant.parse("2025-11-25T10:00:00Z");

    private final MemoryTimelineState state = new MemoryTimelineState();
    private final TimelineEngine engine = new TimelineEngine(TimelineSettings.DEFAULTS, state);
    private long line;

    @Test
    void shouldForgetTheOldestLaunchesBeyondTheLimitAndKeepARelaunchedTaskInItsPlace() {
        // Given: the first task is launched again later, on another agent, which does not make it newer
        engine.onEvent(launch("app.first", 1));
        engine.onEvent(launch("app.second", 2));
        engine.onEvent(launch("app.first", 3));

        // When
        for (int i = 0; i < TaskTracker.TASK_LIMIT - 1; i++) {
            engine.onEvent(launch("app.task-" + i, 4));
        }

        // Then: one over the limit, the first (launched twice) is forgotten, the second not yet
        assertThat(count(StateSlots.TASK)).isEqualTo(TaskTracker.TASK_LIMIT);
        assertThat(count(StateSlots.TASK_ORDER)).isEqualTo(TaskTracker.TASK_LIMIT);
        assertThat(ranOn(lostThenRelaunched("app.second"))).isEqualTo(new ProcessAddress("10.0.0.2", 5051));
        assertThat(ranOn(lostThenRelaunched("app.first"))).isNull();
    }

    @Test
    void shouldKnowWhereATaskLaunchedLongAgoRanWhenTheMasterRemovesItBeforeItsLoss() {
        // Given: a service launched first, then more launches than the limit
        engine.onEvent(launch("service.old", 1));
        for (int i = 0; i < TaskTracker.TASK_LIMIT; i++) {
            engine.onEvent(launch("app.task-" + i, 4));
        }

        // When: the master removes it from its agent, then sends its loss (the order of every release)
        engine.onEvent(removal("service.old", 7));

        // Then: the removal said where it ran, and made it the newest, so the next launches do not forget it
        engine.onEvent(launch("app.one-more", 4));
        assertThat(ranOn(lostThenRelaunched("service.old"))).isEqualTo(new ProcessAddress("10.0.0.7", 5051));
        assertThat(count(StateSlots.TASK)).isEqualTo(TaskTracker.TASK_LIMIT);
    }

    @Test
    void shouldKeepTheAgentOfItsLaunchWhenARemovalDoesNotNameOne() {
        // Given
        engine.onEvent(launch("app.first", 1));

        // When
        engine.onEvent(new TaskRemoved(START.plusMillis(line), new SourceRef("c1", "m1", "mesos-master.INFO", ++line),
                "app.first", "cpus:1", "fw-1", null, null, null, null));

        // Then
        assertThat(ranOn(lostThenRelaunched("app.first"))).isEqualTo(new ProcessAddress("10.0.0.1", 5051));
    }

    @Test
    void shouldNotRememberLaunchesWithoutATaskIdOrWithAnAbsurdOne() {
        // When
        engine.onEvent(launch(null, 1));
        engine.onEvent(launch("x".repeat(TaskTracker.MAX_TASK_ID_CHARS + 1), 1));
        engine.onEvent(launch("app.ok", 1));

        // Then
        List<String> tasks = new ArrayList<>();
        state.forEach(StateSlots.TASK, "c1", (task, launch) -> tasks.add(task));
        assertThat(tasks).containsExactly("app.ok");
    }

    private TaskRescheduling lostThenRelaunched(String taskId) {
        long n = line++;
        engine.onEvent(new StatusUpdateSent(START.plusMillis(n), new SourceRef("c1", "m1", "mesos-master.INFO", n + 1),
                "TASK_LOST", null, taskId, null, "fw-1", "Agent removed"));
        List<Incident> incidents = engine.onEvent(launch(taskId + "-again", 9));
        assertThat(incidents).hasSize(1);
        return (TaskRescheduling) incidents.get(0);
    }

    private static ProcessAddress ranOn(TaskRescheduling rescheduling) {
        return rescheduling.lostOn();
    }

    private long count(StateSlot<?> slot) {
        long[] count = {0};
        state.forEach(slot, "c1", (subject, record) -> count[0]++);
        return count[0];
    }

    private TaskRemoved removal(String taskId, int agent) {
        long n = line++;
        return new TaskRemoved(START.plusMillis(n), new SourceRef("c1", "m1", "mesos-master.INFO", n + 1), taskId,
                "cpus:1", "fw-1", null, new ProcessAddress("10.0.0." + agent, 5051), "agent-" + agent, null);
    }

    private TaskLaunching launch(String taskId, int agent) {
        long n = line++;
        return new TaskLaunching(START.plusMillis(n), new SourceRef("c1", "m1", "mesos-master.INFO", n + 1), taskId,
                "fw-1", "marathon", null, "cpus:1", null, new ProcessAddress("10.0.0." + agent, 5051), "agent-" + agent,
                null);
    }
}
