package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentAddress;
import io.mesosfailover.event.StatusUpdateSent;
import io.mesosfailover.event.TaskEvent;
import io.mesosfailover.event.TaskLaunching;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tasks lost or made unreachable by the master (agent loss), and the next launch of the same application.
 * Memory is bounded: at most {@link TaskLaunches#LIMIT} launches are remembered (the oldest forgotten first).
 */
final class TaskTracker implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> LOST_STATES = Set.of("TASK_LOST", "TASK_UNREACHABLE", "TASK_GONE",
            "TASK_GONE_BY_OPERATOR", "TASK_DROPPED");

    private final String cluster;
    private final TaskLaunches launches = new TaskLaunches();
    private final Map<String, Deque<Lost>> lostByApplication = new HashMap<>();
    private final ClockWatch clock;

    TaskTracker(String cluster, ClockWatch clock) {
        this.cluster = cluster;
        this.clock = clock;
    }

    void onEvent(TaskEvent event, Consumer<Incident> out) {
        if (event instanceof TaskLaunching) {
            TaskLaunching launch = (TaskLaunching) event;
            if (launch.taskId() == null) {
                return;
            }
            launches.remember(launch.taskId(), launch.agent());
            Deque<Lost> waiting = lostByApplication.get(applicationOf(launch.taskId()));
            if (waiting != null && !waiting.isEmpty()) {
                Lost lost = waiting.poll();
                out.accept(lost.rescheduled(cluster, launch.taskId(), launch, clock));
            }
        } else if (event instanceof StatusUpdateSent) {
            StatusUpdateSent update = (StatusUpdateSent) event;
            if (update.state() != null && LOST_STATES.contains(update.state()) && update.taskId() != null) {
                Deque<Lost> waiting = lostByApplication.computeIfAbsent(applicationOf(update.taskId()),
                        application -> new ArrayDeque<>());
                boolean known = waiting.stream().anyMatch(lost -> lost.taskId.equals(update.taskId()));
                if (!known) {
                    waiting.add(new Lost(update, launches.agentOf(update.taskId()), clock.mark()));
                }
            }
        }
    }

    /** @return the launches remembered, which snapshots save apart */
    TaskLaunches launches() {
        return launches;
    }

    void finish(Consumer<Incident> out) {
        for (Deque<Lost> waiting : lostByApplication.values()) {
            for (Lost lost : waiting) {
                out.accept(lost.rescheduled(cluster, null, null, clock));
            }
        }
        lostByApplication.clear();
    }

    /** @return the application of a Marathon-style task id {@code app.uuid}: up to the last dot */
    static String applicationOf(String taskId) {
        int dot = taskId.lastIndexOf('.');
        return dot > 0 ? taskId.substring(0, dot) : taskId;
    }

    private static final class Lost implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String taskId;
        private final StatusUpdateSent update;
        private final AgentAddress ranOn;
        private final long mark;

        Lost(StatusUpdateSent update, AgentAddress ranOn, long mark) {
            this.taskId = update.taskId();
            this.update = update;
            this.ranOn = ranOn;
            this.mark = mark;
        }

        TaskRescheduling rescheduled(String cluster, String relaunchedTaskId, TaskLaunching launch,
                ClockWatch clock) {
            boolean timesWentBack = clock.wentBackSince(mark) || launch != null && launch.time().isBefore(update.time());
            return new TaskRescheduling(Incident.idOf(TaskRescheduling.KIND, taskId, update.time()), cluster,
                    applicationOf(taskId), taskId, update.state(), update.time(), ranOn, relaunchedTaskId,
                    launch == null ? null : launch.time(), launch == null ? null : launch.agent(), timesWentBack);
        }
    }
}
