package io.mesosfailover.timeline;

import java.time.Instant;
import java.util.List;

/**
 * The slots of the engine's state, and their small records. Per cluster:
 *
 * <ul>
 *   <li>{@link #AGENT}: each agent's state, by host:port; {@link #AGENT_ID}: the host:port of each id;
 *       {@link #HELD}: events of ids whose host:port is not known yet;</li>
 *   <li>{@link #MASTER}: each master's latest line, timeouts, clock steps, region and signs, by host;</li>
 *   <li>{@link #LEADER}: who leads, the loss, the leaderless period and the recovery open;</li>
 *   <li>{@link #TASK}, {@link #TASK_ORDER}: the task launches remembered; {@link #LOST_TASKS}: tasks lost, by
 *       application; {@link #FRAMEWORK}, {@link #FRAMEWORK_ORDER}: the frameworks known;</li>
 *   <li>{@link #REGION_GROUP}, {@link #REGION_CURRENT}, {@link #REGION_AGENT}, {@link #REGION_PROGRESS}: the
 *       agents lost by region;</li>
 *   <li>{@link #STREAM}, {@link #WAITING}: the streaming driver's events waiting for their lateness;</li>
 *   <li>{@link #COUNT}, {@link #BOUNDS}: counters.</li>
 * </ul>
 */
public final class StateSlots {

    public static final StateSlot<AgentState> AGENT = new StateSlot<>("agent", AgentState.class);
    public static final StateSlot<AgentTracker.AgentIdState> AGENT_ID = new StateSlot<>("agent-id",
            AgentTracker.AgentIdState.class);
    public static final StateSlot<AgentTracker.HeldEvents> HELD = new StateSlot<>("held",
            AgentTracker.HeldEvents.class);
    public static final StateSlot<MasterState> MASTER = new StateSlot<>("master", MasterState.class);
    public static final StateSlot<LeaderState> LEADER = new StateSlot<>("leader", LeaderState.class);
    public static final StateSlot<TaskTracker.TaskLaunch> TASK = new StateSlot<>("task", TaskTracker.TaskLaunch.class);
    public static final StateSlot<Key> TASK_ORDER = new StateSlot<>("task-order", Key.class);
    public static final StateSlot<TaskTracker.LostTasks> LOST_TASKS = new StateSlot<>("lost-tasks",
            TaskTracker.LostTasks.class);
    public static final StateSlot<Order> FRAMEWORK = new StateSlot<>("framework", Order.class);
    public static final StateSlot<Key> FRAMEWORK_ORDER = new StateSlot<>("framework-order", Key.class);
    public static final StateSlot<RegionGroup> REGION_GROUP = new StateSlot<>("region-group", RegionGroup.class);
    public static final StateSlot<Order> REGION_CURRENT = new StateSlot<>("region-current", Order.class);
    public static final StateSlot<Order> REGION_AGENT = new StateSlot<>("region-agent", Order.class);
    public static final StateSlot<Progress> REGION_PROGRESS = new StateSlot<>("region-progress", Progress.class);
    public static final StateSlot<StreamingTimeline.Position> STREAM = new StateSlot<>("stream",
            StreamingTimeline.Position.class);
    public static final StateSlot<StreamingTimeline.WaitingEvents> WAITING = new StateSlot<>("waiting",
            StreamingTimeline.WaitingEvents.class);
    public static final StateSlot<Count> COUNT = new StateSlot<>("count", Count.class);
    public static final StateSlot<Bounds> BOUNDS = new StateSlot<>("bounds", Bounds.class);

    /** Every slot of the engine. */
    public static final List<StateSlot<?>> ALL = List.of(AGENT, AGENT_ID, HELD, MASTER, LEADER, TASK, TASK_ORDER,
            LOST_TASKS, FRAMEWORK, FRAMEWORK_ORDER, REGION_GROUP, REGION_CURRENT, REGION_AGENT, REGION_PROGRESS,
            STREAM, WAITING, COUNT, BOUNDS);

    private StateSlots() {
    }

    /** @param value a count */
    public record Count(long value) implements StateRecord {
    }

    /** @param value an order number */
    public record Order(long value) implements StateRecord {
    }

    /** @param value a key of another slot */
    public record Key(String value) implements StateRecord {
    }

    /**
     * The order numbers of keys remembered in order.
     *
     * @param first the oldest number that may still be in use
     * @param next the number the next key gets
     * @param size how many keys are remembered
     */
    public record Bounds(long first, long next, long size) implements StateRecord {
    }

    /**
     * @param latest the newest event time seen, {@code null} before any
     * @param count how many were numbered so far
     */
    public record Progress(Instant latest, long count) implements StateRecord {
    }
}
