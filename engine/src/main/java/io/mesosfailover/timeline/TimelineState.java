package io.mesosfailover.timeline;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where the timeline engine keeps what it knows between events: small immutable records, each under a slot (the
 * kind of record), a cluster and a subject (an agent's host:port, a task id, a master's host, or {@code ""} for what
 * the cluster has once). The engine reads and writes all its state through this port, so one engine runs on a map
 * in memory ({@link MemoryTimelineState}, for {@code analyze}) and on Kafka Streams' state stores (for {@code
 * stream}), where what was put is saved when Kafka Streams commits.
 */
public interface TimelineState {

    /** @return the record of the subject, {@code null} when there is none */
    <V extends StateRecord> V get(StateSlot<V> slot, String cluster, String subject);

    /** Keeps {@code value} as the subject's record, in place of the one it had. */
    <V extends StateRecord> void put(StateSlot<V> slot, String cluster, String subject, V value);

    /** Forgets the subject's record, if it had one. */
    void remove(StateSlot<?> slot, String cluster, String subject);

    /**
     * Calls {@code action} with every subject of the cluster that has a record in the slot, in no set order, over a
     * copy: the action may put and remove records.
     */
    <V extends StateRecord> void forEach(StateSlot<V> slot, String cluster, BiConsumer<String, V> action);

    /** @return the clusters that have at least one record in the slot, in no set order */
    List<String> clusters(StateSlot<?> slot);
}
