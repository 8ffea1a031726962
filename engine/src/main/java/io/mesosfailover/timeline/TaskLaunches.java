package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentAddress;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task launches one cluster remembers, task id to the agent it was launched on: at most {@link #LIMIT}, the
 * oldest forgotten first. They are the bulk of a timeline's state, so they are not part of its Java serialization:
 * {@link TimelineSnapshots} saves them as launch segments, each either every launch ("from scratch") or the journal
 * of the launches remembered since the previous segment. Replaying the segments in order rebuilds the same map,
 * forgotten launches included, so a commit saves what changed rather than everything.
 */
final class TaskLaunches implements Serializable {

    /** Launches remembered at most. */
    static final int LIMIT = 100_000;
    /** Launches journaled since the last segment from scratch before the next one is from scratch, at least. */
    static final int MIN_JOURNAL_BEFORE_SCRATCH = 10_000;

    /** Longer task ids are not remembered: no real one comes near, and a segment entry stays small. */
    static final int MAX_TASK_ID_CHARS = 4_096;

    private static final long serialVersionUID = 1L;

    private transient Map<String, AgentAddress> byTask = new Bounded();
    private transient List<Launch> journal = new ArrayList<>();
    /** Whether the next segment must hold every launch: at first, and when the journal overflowed. */
    private boolean scratchNeeded = true;
    private long journaledSinceScratch;

    /** Remembers a launch; one without a task id, or with one longer than {@link #MAX_TASK_ID_CHARS}, is not. */
    void remember(String taskId, AgentAddress agent) {
        if (taskId == null || taskId.length() > MAX_TASK_ID_CHARS) {
            return;
        }
        byTask.put(taskId, agent);
        if (scratchNeeded) {
            return;
        }
        journal.add(new Launch(taskId, agent));
        if (journal.size() > LIMIT) {
            journal.clear();
            scratchNeeded = true;
        }
    }

    /** @return the agent the task was launched on, {@code null} when unknown or forgotten */
    AgentAddress agentOf(String taskId) {
        return byTask.get(taskId);
    }

    /**
     * @return whether the next segment should hold every launch: it must at first, and it should once the journals
     *     saved since the last such segment outgrow the launches remembered (so the segments kept stay within about
     *     twice the state, and a restore replays at most that)
     */
    boolean wantsScratch() {
        return scratchNeeded
                || journaledSinceScratch + journal.size() > Math.max(byTask.size(), MIN_JOURNAL_BEFORE_SCRATCH);
    }

    /** @return whether launches were remembered since the last segment */
    boolean changed() {
        return scratchNeeded || !journal.isEmpty();
    }

    /** @return every launch in order, or the journal, for the next segment; a new journal starts */
    List<Launch> takeForSegment(boolean fromScratch) {
        List<Launch> taken;
        if (fromScratch) {
            taken = new ArrayList<>(byTask.size());
            byTask.forEach((taskId, agent) -> taken.add(new Launch(taskId, agent)));
            journaledSinceScratch = 0;
            scratchNeeded = false;
        } else {
            taken = journal;
            journaledSinceScratch += journal.size();
        }
        journal = new ArrayList<>();
        return taken;
    }

    /** Forgets every launch, before a segment from scratch is read. */
    void clear() {
        byTask.clear();
    }

    /** Remembers a launch read from a segment. */
    void replay(String taskId, AgentAddress agent) {
        byTask.put(taskId, agent);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        byTask = new Bounded();
        journal = new ArrayList<>();
    }

    /** One launch: a task id and the agent it was launched on ({@code null} when the line did not say). */
    record Launch(String taskId, AgentAddress agent) {
    }

    /** Insertion order, forgetting the eldest beyond the limit. */
    private static final class Bounded extends LinkedHashMap<String, AgentAddress> {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AgentAddress> eldest) {
            return size() > LIMIT;
        }
    }
}
