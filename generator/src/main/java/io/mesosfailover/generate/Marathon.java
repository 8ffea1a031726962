package io.mesosfailover.generate;

import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.TaskRescheduling;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Marathon on the generated cluster (framework {@code <master id>-0000}, partition-aware from Mesos 1.1 on): the
 * instances of its apps run on the agents as Marathon-style tasks {@code app.<time-based uuid>}. When the master
 * removes an agent or marks it unreachable, the agent's tasks are lost (TASK_LOST, or TASK_UNREACHABLE from 1.1
 * when the health check marks the agent unreachable), the framework is told of the lost agent, and Marathon launches
 * each task again on another agent that is up, 2 to 30 s later (its next offer; the apps' {@code unreachableStrategy}
 * replaces an unreachable task at once, where Marathon's default waits 300 s). When an unreachable agent comes back
 * with its tasks, the master sends their state again and Marathon kills one instance too many of each app, the
 * youngest (its default {@code killSelection}).
 *
 * <p>The scenarios tell it of losses and returns in any order; it plays them, and what follows from them, in time
 * order once they are done, so that a task is on its agent when the agent is lost, whatever the scenario that moved
 * it. Lines go to the file of the master leading at their time. The ground truth pairs, per app, the tasks lost and
 * the tasks launched after a loss, each in time order: the definition of a task-rescheduling incident ("the next
 * launch of the same application").
 */
final class Marathon {

    /** The earliest relaunch after the framework learnt of the loss. */
    static final Duration RELAUNCH_MIN = Duration.ofSeconds(2);
    /** How much later than {@link #RELAUNCH_MIN} a relaunch may come, at most. */
    static final Duration RELAUNCH_SPREAD = Duration.ofSeconds(28);

    private static final List<App> APPS = List.of(new App("myapp", "0.5", 256, 3), new App("api-gateway", "1", 512, 2),
            new App("billing-worker", "0.25", 128, 2), new App("frontend", "0.5", 384, 3));
    /** 100 ns intervals from the start of the Gregorian calendar (1582-10-15) to the epoch, for version 1 UUIDs. */
    private static final long GREGORIAN_OFFSET = 0x01B21DD213814000L;
    /** The node of Marathon's time-based UUIDs: a MAC address of the scheduler's host, 10.0.1.11. */
    private static final long NODE = 0x02420a00010bL;

    private final Cluster cluster;
    private final TaskWording wording;
    private final SplittableRandom random;
    private final String frameworkId;
    private final String framework;
    private final long clockSequence;
    private final List<Task> tasks = new ArrayList<>();
    private final PriorityQueue<Step> steps = new PriorityQueue<>(Comparator.comparing(Step::at)
            .thenComparingLong(Step::sequence));
    private final List<Lost> lost = new ArrayList<>();
    private final List<Task> relaunched = new ArrayList<>();
    /** The tasks of agents marked unreachable, until their agent comes back (by identity, as the lists hold them). */
    private final Set<Task> unreachable = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Each lost task's loss whose relaunch is still to come (none once the task came back first), by identity. */
    private final Map<Task, Lost> pendingLosses = new IdentityHashMap<>();
    private long scheduled;
    private long offers;

    Marathon(Cluster cluster, TaskWording wording, SplittableRandom random) {
        this.cluster = cluster;
        this.wording = wording;
        this.random = random;
        this.frameworkId = cluster.masterId + "-0000";
        this.framework = TaskWording.framework(frameworkId);
        this.clockSequence = 0x8000L | random.nextInt(0x4000);
        this.offers = 100 + random.nextInt(900);
    }

    /** Launches every instance of every app from {@code at} on, a few seconds apart, spread over the agents. */
    void deploy(Instant at) {
        Instant next = at;
        for (App app : APPS) {
            for (int i = 0; i < app.instances; i++) {
                launch(app, placement(app, next, null, true), next);
                next = next.plusMillis(700 + random.nextInt(1_600));
            }
        }
    }

    /**
     * The master removed the agent, or marked it unreachable: its tasks' updates, the framework told, relaunches to
     * come. Played in time order with the rest when the scenarios are done ({@link #finish()}).
     *
     * @param slave the agent as the master printed it until then ({@code <id> at <pid> (<host>)})
     * @param agentId its id until then
     */
    void lost(Cluster.Agent agent, String slave, AgentId agentId, Loss loss) {
        Instant synchronous = wording.tasksBeforeRegistry() ? loss.removing : loss.removed;
        schedule(synchronous, () -> lose(agent, slave, agentId, loss, synchronous));
    }

    /**
     * An unreachable agent re-registered at {@code back} (1.5 and later): the master sends its tasks' state again just
     * before. A relaunch of them not launched yet is dropped; a few seconds later Marathon kills the youngest
     * instances of each app that now runs more than it should. Played in time order with the rest.
     */
    void reachableAgain(Cluster.Agent agent, Instant back) {
        schedule(back.minusMillis(30), () -> returned(agent, back));
    }

    /**
     * Plays what the scenarios scheduled, in time order (losses, returns, relaunches, kills), and gives the incidents
     * the logs must show.
     *
     * @return one task-rescheduling incident per task lost
     */
    List<TaskRescheduling> finish() {
        for (Step step = steps.poll(); step != null; step = steps.poll()) {
            step.action.run();
        }
        Map<App, List<Lost>> lostByApp = new LinkedHashMap<>();
        Map<App, List<Task>> relaunchedByApp = new LinkedHashMap<>();
        for (Lost loss : lost) {
            lostByApp.computeIfAbsent(loss.task.app(), app -> new ArrayList<>()).add(loss);
        }
        for (Task task : relaunched) {
            relaunchedByApp.computeIfAbsent(task.app(), app -> new ArrayList<>()).add(task);
        }
        List<TaskRescheduling> incidents = new ArrayList<>();
        lostByApp.forEach((app, losses) -> {
            losses.sort(Comparator.comparing(Lost::at));
            List<Task> launches = relaunchedByApp.getOrDefault(app, List.of());
            launches.sort(Comparator.comparing((Task task) -> task.launchedAt()));
            for (int i = 0; i < losses.size(); i++) {
                incidents.add(losses.get(i).rescheduled(i < launches.size() ? launches.get(i) : null));
            }
        });
        return incidents;
    }

    private void schedule(Instant at, Runnable action) {
        steps.add(new Step(at, scheduled++, action));
    }

    private void lose(Cluster.Agent agent, String slave, AgentId agentId, Loss loss, Instant synchronous) {
        MasterLog leader = leaderAt(loss.removed);
        boolean beforeRegistry = wording.tasksBeforeRegistry();
        leader.add(synchronous.plusNanos(10_000), 'I', "hierarchical.cpp:1108",
                wording.allocatorRemoved(agentId.value()));
        String state = wording.lossState(loss.unreachable);
        String message = wording.lossMessage(agent.ip, loss.reason, loss.unreachable);
        Instant last = synchronous.plusNanos(20_000);
        List<Task> onAgent = tasksOn(agent);
        for (int i = 0; i < onAgent.size(); i++) {
            Task task = onAgent.get(i);
            Instant updated = synchronous.plusNanos(20_000 + 12_000L * i);
            leader.add(updated, 'I', "master.cpp:11195", wording.stateUpdated(task.id(), frameworkId, state));
            leader.add(updated.plusNanos(4_000), 'I', "master.cpp:11295",
                    wording.taskRemoved(task.id(), task.resources(), frameworkId, slave));
            Instant sent = beforeRegistry ? loss.removed.plusNanos(40_000 + 12_000L * i) : updated.plusNanos(8_000);
            leader.add(sent, 'I', "master.cpp:8212",
                    wording.sent(wording.masterUpdate(state, uuid(), task.id(), frameworkId), message));
            Lost taskLoss = new Lost(task, state, sent);
            lost.add(taskLoss);
            pendingLosses.put(task, taskLoss);
            Instant relaunchAt = sent.plus(RELAUNCH_MIN).plusNanos(random.nextLong(RELAUNCH_SPREAD.toNanos() / 1_000)
                    * 1_000);
            schedule(relaunchAt, () -> relaunch(taskLoss, relaunchAt));
            last = sent;
            if (loss.unreachable) {
                unreachable.add(task);
            } else {
                tasks.remove(task);
            }
        }
        leader.add(last.plusNanos(20_000), 'I', "master.cpp:2093",
                wording.lostAgentNotified(framework, agentId.value(), agent.ip));
    }

    /** Marathon launches a task in place of one lost, unless that one came back first. */
    private void relaunch(Lost loss, Instant at) {
        if (!pendingLosses.remove(loss.task, loss)) {
            return;
        }
        App app = loss.task.app();
        relaunched.add(launch(app, placement(app, at, loss.task.agent(), false), at));
    }

    private void returned(Cluster.Agent agent, Instant back) {
        MasterLog leader = leaderAt(back);
        List<App> returned = new ArrayList<>();
        int resent = 0;
        for (Task task : tasksOn(agent)) {
            if (unreachable.remove(task)) {
                leader.add(back.minusMillis(30).plusNanos(10_000L * resent++), 'I', "master.cpp:8212",
                        wording.sent(wording.masterUpdate("TASK_RUNNING", uuid(), task.id(), frameworkId),
                                TaskWording.reachableAgainMessage()));
                pendingLosses.remove(task);
                if (!returned.contains(task.app())) {
                    returned.add(task.app());
                }
            }
        }
        Instant kill = back.plusMillis(1_000 + random.nextInt(3_000));
        schedule(kill, () -> killSurplus(returned, kill));
    }

    /** Marathon scales each app back to its instances, killing the youngest first, {@code at} and a little later. */
    private void killSurplus(List<App> apps, Instant at) {
        Instant kill = at;
        for (App app : apps) {
            for (Task youngest = surplus(app, kill); youngest != null; youngest = surplus(app, kill)) {
                kill(youngest, kill);
                kill = kill.plusMillis(50 + random.nextInt(200));
            }
        }
    }

    /**
     * @param leastLoaded whether to take the agent with the fewest tasks (the deployment), else any eligible one
     * @return an agent up at {@code at}, other than {@code not}, running no instance of the app if there is one
     *     (Marathon's usual {@code hostname UNIQUE} constraint), else any agent up
     */
    private Cluster.Agent placement(App app, Instant at, Cluster.Agent not, boolean leastLoaded) {
        List<Cluster.Agent> eligible = new ArrayList<>();
        for (Cluster.Agent agent : cluster.agents) {
            if (agent != not && agent.upAt(at) && tasks.stream().noneMatch(t -> t.agent == agent && t.app == app)) {
                eligible.add(agent);
            }
        }
        if (eligible.isEmpty()) {
            for (Cluster.Agent agent : cluster.agents) {
                if (agent != not && agent.upAt(at)) {
                    eligible.add(agent);
                }
            }
        }
        if (eligible.isEmpty()) {
            throw new IllegalStateException("no agent up at " + at + " for an instance of " + app.id);
        }
        if (leastLoaded) {
            int fewest = eligible.stream().mapToInt(agent -> tasksOn(agent).size()).min().getAsInt();
            eligible.removeIf(agent -> tasksOn(agent).size() > fewest);
        }
        return eligible.get(random.nextInt(eligible.size()));
    }

    /** The offer accepted, the task launched on it, its TASK_RUNNING from the agent and its acknowledgement. */
    private Task launch(App app, Cluster.Agent agent, Instant at) {
        MasterLog leader = leaderAt(at);
        Task task = new Task(app.id + "." + timeBasedUuid(at), app, agent, agent.slave(), agent.id,
                wording.resources(app.cpus, app.mem, 31_000 + random.nextInt(1_000)), at.plusNanos(180_000));
        leader.add(at, 'I', "master.cpp:4356", wording.offersAccepted(cluster.masterId + "-O" + offers++, task.slave(),
                framework));
        leader.add(task.launchedAt(), 'I', "master.cpp:5035", wording.launching(task.id(), framework, task.resources(),
                task.slave()));
        tasks.add(task);
        statusFromAgent(leader, task, "TASK_RUNNING", at.plusMillis(1_000 + random.nextInt(2_000)));
        return task;
    }

    /** Marathon kills the task; the agent reports it killed, the framework acknowledges and the master drops it. */
    private void kill(Task task, Instant at) {
        MasterLog leader = leaderAt(at);
        leader.add(at, 'I', "master.cpp:5696", wording.killCall(task.id(), framework));
        leader.add(at.plusNanos(60_000), 'I', "master.cpp:5744",
                wording.killRequested(task.slave(), task.id(), framework));
        Instant acknowledged = statusFromAgent(leader, task, "TASK_KILLED", at.plusMillis(300 + random.nextInt(1_200)));
        leader.add(acknowledged.plusNanos(50_000), 'I', "master.cpp:11295",
                wording.taskRemoved(task.id(), task.resources(), frameworkId, task.slave()));
        tasks.remove(task);
    }

    /** @return when the framework's acknowledgement of the agent's update was logged */
    private Instant statusFromAgent(MasterLog leader, Task task, String state, Instant at) {
        String uuid = uuid();
        String update = wording.update(state, uuid, task.id(), frameworkId);
        leader.add(at, 'I', "master.cpp:8104", wording.received(update, task.slave()));
        leader.add(at.plusNanos(80_000), 'I', "master.cpp:8217", wording.forwarded(update));
        leader.add(at.plusNanos(150_000), 'I', "master.cpp:11195", wording.stateUpdated(task.id(), frameworkId, state));
        Instant acknowledged = at.plusMillis(20 + random.nextInt(40));
        leader.add(acknowledged, 'I', "master.cpp:5870", wording.acknowledged(uuid, task.id(), framework, task.slave(),
                task.agentId().value()));
        return acknowledged;
    }

    /** @return the youngest instance of the app when it runs more than it should (agents up at {@code at}) */
    private Task surplus(App app, Instant at) {
        Task youngest = null;
        int running = 0;
        for (Task task : tasks) {
            if (task.app() == app && !unreachable.contains(task) && task.agent().upAt(at)) {
                running++;
                if (youngest == null || task.launchedAt().isAfter(youngest.launchedAt())) {
                    youngest = task;
                }
            }
        }
        return running > app.instances ? youngest : null;
    }

    private List<Task> tasksOn(Cluster.Agent agent) {
        List<Task> on = new ArrayList<>();
        for (Task task : tasks) {
            if (task.agent() == agent) {
                on.add(task);
            }
        }
        return on;
    }

    private MasterLog leaderAt(Instant at) {
        MasterLog leader = cluster.leaderAt(at);
        if (leader == null) {
            throw new IllegalStateException("no master leads at " + at + " for Marathon's lines");
        }
        return leader;
    }

    private String uuid() {
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | 1L << 63)
                .toString();
    }

    /** @return a version 1 UUID of {@code at}, as Marathon (before 1.5) makes its task ids */
    private String timeBasedUuid(Instant at) {
        long time = GREGORIAN_OFFSET + at.getEpochSecond() * 10_000_000L + at.getNano() / 100;
        long most = (time & 0xFFFFFFFFL) << 32 | (time >>> 32 & 0xFFFFL) << 16 | 0x1000L | time >>> 48 & 0x0FFFL;
        return new UUID(most, clockSequence << 48 | NODE).toString();
    }

    /**
     * How the master lost an agent.
     *
     * @param removing when it logged {@code Removing agent ...} ({@code null} when it marked the agent unreachable)
     * @param removed when it logged {@code Removed agent ...} or {@code Marked agent ... unreachable}
     * @param reason the reason it logged
     * @param unreachable whether it marked the agent unreachable (1.1 and later) rather than removing it
     */
    record Loss(Instant removing, Instant removed, String reason, boolean unreachable) {

        static Loss removed(Instant removing, Instant removed, String reason) {
            return new Loss(removing, removed, reason, false);
        }

        static Loss unreachable(Instant marked, String reason) {
            return new Loss(null, marked, reason, true);
        }
    }

    /** An app: its Marathon id, the resources of each instance, how many instances. */
    private record App(String id, String cpus, int mem, int instances) {
    }

    /** A task the cluster runs: where and when it was launched. */
    private record Task(String id, App app, Cluster.Agent agent, String slave, AgentId agentId, String resources,
            Instant launchedAt) {
    }

    /** Something to play at a time: a loss, a return, a relaunch, a kill (in the order scheduled at equal times). */
    private record Step(Instant at, long sequence, Runnable action) {
    }

    /** A task lost: the state the master sent for it and when. */
    private record Lost(Task task, String state, Instant at) {

        TaskRescheduling rescheduled(Task relaunch) {
            ProcessAddress ranOn = task.agent().address();
            return new TaskRescheduling(Incident.idOf(TaskRescheduling.class, task.id(), at), ScenarioGenerator.CLUSTER,
                    task.app().id, task.id(), state, at, ranOn, relaunch == null ? null : relaunch.id(),
                    relaunch == null ? null : relaunch.launchedAt(),
                    relaunch == null ? null : relaunch.agent().address(), false);
        }
    }
}
