package io.mesosfailover.timeline;

import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.event.StatusUpdateSent;
import io.mesosfailover.event.TaskEvent;
import io.mesosfailover.event.TaskLaunching;
import io.mesosfailover.event.TaskRemoved;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tasks lost or made unreachable by the master (agent loss), and the next launch of the same application. Memory is
 * bounded: at most {@link #TASK_LIMIT} tasks are remembered with the agent they run on (the oldest forgotten
 * first), each under its task id (slot {@link StateSlots#TASK}); the tasks lost wait under their application (slot
 * {@link StateSlots#LOST_TASKS}). The master logs the removal of a task, with its agent, just before the status update
 * that reports it lost (every release does): a removal makes the task the newest remembered, so that a service
 * launched long before its loss, hundreds of thousands of launches ago, is still known to have run on that agent.
 */
final class TaskTracker {

    /** Tasks remembered at most, with the agent each runs on. */
    static final int TASK_LIMIT = 100_000;
    /** Longer task ids are not remembered: no real one comes near. */
    static final int MAX_TASK_ID_CHARS = 4_096;

    private static final Set<String> LOST_STATES = Set.of("TASK_LOST", "TASK_UNREACHABLE", "TASK_GONE",
            "TASK_GONE_BY_OPERATOR", "TASK_DROPPED");

    private final ClusterScope scope;
    private final RememberedKeys remembered;

    TaskTracker(ClusterScope scope) {
        this.scope = scope;
        this.remembered = new RememberedKeys(scope, StateSlots.TASK_ORDER, TASK_LIMIT);
    }

    void onEvent(TaskEvent event, Consumer<Incident> out) {
        if (event instanceof TaskLaunching launch) {
            if (launch.taskId() == null) {
                return;
            }
            remember(launch.taskId(), launch.agent(), false);
            String application = applicationOf(launch.taskId());
            LostTasks waiting = scope.get(StateSlots.LOST_TASKS, application);
            if (waiting != null) {
                LostTask lost = waiting.tasks().get(0);
                if (waiting.tasks().size() == 1) {
                    scope.remove(StateSlots.LOST_TASKS, application);
                } else {
                    scope.put(StateSlots.LOST_TASKS, application,
                            new LostTasks(waiting.tasks().subList(1, waiting.tasks().size())));
                }
                out.accept(lost.rescheduled(scope.cluster(), launch.taskId(), launch, scope.clock()));
            }
        } else if (event instanceof TaskRemoved removal) {
            if (removal.taskId() != null && removal.agent() != null) {
                remember(removal.taskId(), removal.agent(), true);
            }
        } else if (event instanceof StatusUpdateSent update) {
            if (update.state() != null && LOST_STATES.contains(update.state()) && update.taskId() != null) {
                String application = applicationOf(update.taskId());
                LostTasks waiting = scope.get(StateSlots.LOST_TASKS, application);
                List<LostTask> tasks = new ArrayList<>(waiting == null ? List.of() : waiting.tasks());
                if (tasks.stream().noneMatch(lost -> lost.taskId().equals(update.taskId()))) {
                    tasks.add(new LostTask(update.taskId(), update.state(), update.time(), agentOf(update.taskId()),
                            scope.clock().mark()));
                    scope.put(StateSlots.LOST_TASKS, application, new LostTasks(tasks));
                }
            }
        }
    }

    /** @return the agent the task runs on (from its launch or its removal), {@code null} when unknown or forgotten */
    ProcessAddress agentOf(String taskId) {
        TaskLaunch place = scope.get(StateSlots.TASK, taskId);
        return place == null ? null : place.agent();
    }

    void finish(Consumer<Incident> out) {
        scope.forEach(StateSlots.LOST_TASKS, (application, waiting) -> {
            for (LostTask lost : waiting.tasks()) {
                out.accept(lost.rescheduled(scope.cluster(), null, null, scope.clock()));
            }
            scope.remove(StateSlots.LOST_TASKS, application);
        });
    }

    /** @return the application of a Marathon-style task id {@code app.uuid}: up to the last dot */
    static String applicationOf(String taskId) {
        int dot = taskId.lastIndexOf('.');
        return dot > 0 ? taskId.substring(0, dot) : taskId;
    }

    /**
     * Remembers where a task runs; an absurd task id is not.
     *
     * @param newest whether a task remembered already becomes the newest (a removal), or keeps its place (a launch)
     */
    private void remember(String taskId, ProcessAddress agent, boolean newest) {
        if (taskId.length() > MAX_TASK_ID_CHARS) {
            return;
        }
        TaskLaunch known = scope.get(StateSlots.TASK, taskId);
        long order = remembered.remember(taskId, known == null ? null : known.order(), newest,
                forgotten -> scope.remove(StateSlots.TASK, forgotten));
        scope.put(StateSlots.TASK, taskId, new TaskLaunch(agent, order));
    }

    /**
     * A task remembered (slot {@link StateSlots#TASK}, subject the task id). Named for its first source, the launch:
     * the name is the record's kind in saved timeline state, so it stays.
     *
     * @param agent the agent it runs on, as its launch or its removal said; {@code null} when its launch did not say
     * @param order its place in the order of tasks remembered
     */
    record TaskLaunch(ProcessAddress agent, long order) implements StateRecord {
    }

    /**
     * The tasks of one application lost and not yet launched again, oldest first (slot
     * {@link StateSlots#LOST_TASKS}, subject the application).
     *
     * @param tasks the tasks
     */
    record LostTasks(List<LostTask> tasks) implements StateRecord {

        /** Copies the list. */
        LostTasks {
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * A task lost.
     *
     * @param taskId its id
     * @param state the state the master gave it ({@code TASK_LOST}, ...)
     * @param time when
     * @param ranOn the agent it was launched on, {@code null} when unknown
     * @param mark the clock watch's mark then
     */
    record LostTask(String taskId, String state, Instant time, ProcessAddress ranOn, long mark) {

        TaskRescheduling rescheduled(String cluster, String relaunchedTaskId, TaskLaunching launch, ClockWatch clock) {
            boolean timesWentBack = clock.wentBackSince(mark) || launch != null && launch.time().isBefore(time);
            return new TaskRescheduling(Incident.idOf(TaskRescheduling.class, taskId, time), cluster,
                    applicationOf(taskId), taskId, state, time, ranOn, relaunchedTaskId,
                    launch == null ? null : launch.time(), launch == null ? null : launch.agent(), timesWentBack);
        }
    }
}
