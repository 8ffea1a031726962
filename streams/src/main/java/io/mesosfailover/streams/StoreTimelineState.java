package io.mesosfailover.streams;

import io.mesosfailover.timeline.StateRecord;
import io.mesosfailover.timeline.StateSlot;
import io.mesosfailover.timeline.TimelineState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The engine's state in a Kafka Streams key-value store (public API only), keyed by {@link StateKey}. Records are
 * kept as objects in front of the store, read from it at their first use; what the engine put or removed is written
 * to the store by {@link #flush}, which the processor calls after each input record and each punctuation. Kafka
 * Streams commits only between those, so the store always holds the state of the records processed; its cache keeps
 * the latest value of each key and writes it to the changelog and RocksDB at the commit. A record put and removed
 * between two flushes (an event released before the record ended) never reaches the store. One instance per store
 * and processor; after a failure Kafka Streams builds a new processor, whose state is read from the store again.
 */
final class StoreTimelineState implements TimelineState {

    /** Subjects known to be absent from the store, at most per slot and cluster, before they are forgotten. */
    private static final int MAX_ABSENT = 100_000;

    private final KeyValueStore<StateKey, StateRecord> store;
    private final Map<StateSlot<?>, Map<String, Table>> tables = new HashMap<>();
    private final Set<Table> changed = new LinkedHashSet<>();
    private final Map<StateSlot<?>, Set<String>> clusters = new HashMap<>();
    /** The table asked for last: most calls in a row are for one slot and cluster. */
    private Table lastTable;

    private StoreTimelineState(KeyValueStore<StateKey, StateRecord> store) {
        this.store = store;
    }

    /**
     * @return the state of the store
     * @throws IllegalStateException when the store holds state of another format (an older version's)
     */
    static StoreTimelineState open(KeyValueStore<StateKey, StateRecord> store) {
        try (KeyValueIterator<StateKey, StateRecord> first = store.all();
                KeyValueIterator<StateKey, StateRecord> last = store.reverseAll()) {
            // every key starts with the format: keys of another one sort before or after all of this one's
            if (first.hasNext()) {
                first.peekNextKey();
                last.peekNextKey();
            }
        } catch (StateSerdes.StateFormatException e) {
            throw new IllegalStateException("the timeline store '" + store.name() + "' holds state of another version"
                    + " of mesos-failover (" + e.getMessage() + "): reset the application's state"
                    + " (kafka-streams-application-reset) or use a new --application-id", e);
        }
        return new StoreTimelineState(store);
    }

    @Override
    public <V extends StateRecord> V get(StateSlot<V> slot, String cluster, String subject) {
        Table table = table(slot, cluster);
        StateRecord value = table.values.get(subject);
        if (value == null && !table.complete && !table.pending.contains(subject) && !table.absent.contains(subject)) {
            value = store.get(StateKey.of(slot, cluster, subject));
            if (value == null) {
                table.absent(subject);
            } else {
                table.values.put(subject, value);
            }
        }
        return slot.type().cast(value);
    }

    @Override
    public <V extends StateRecord> void put(StateSlot<V> slot, String cluster, String subject, V value) {
        Table table = table(slot, cluster);
        if (!table.pending.contains(subject) && !table.values.containsKey(subject)
                && (table.complete || table.absent.contains(subject))) {
            table.unsaved.add(subject);
        }
        table.values.put(subject, value);
        table.absent.remove(subject);
        table.pending.add(subject);
        changed.add(table);
        if (!table.listed) {
            Set<String> known = clusters.get(slot);
            if (known != null) {
                known.add(cluster);
                table.listed = true;
            }
        }
    }

    @Override
    public void remove(StateSlot<?> slot, String cluster, String subject) {
        Table table = table(slot, cluster);
        table.values.remove(subject);
        if (table.unsaved.remove(subject)) {
            table.pending.remove(subject);
        } else {
            table.pending.add(subject);
            changed.add(table);
        }
        table.absent(subject);
    }

    @Override
    public <V extends StateRecord> void forEach(StateSlot<V> slot, String cluster, BiConsumer<String, V> action) {
        Table table = table(slot, cluster);
        if (!table.complete) {
            try (KeyValueIterator<StateKey, StateRecord> saved = store.prefixScan(StateSerdes.prefix(slot, cluster),
                    Serdes.ByteArray().serializer())) {
                while (saved.hasNext()) {
                    KeyValue<StateKey, StateRecord> entry = saved.next();
                    String subject = entry.key.subject();
                    if (!table.pending.contains(subject)) {
                        table.values.putIfAbsent(subject, entry.value);
                    }
                }
            }
            table.complete = true;
            table.absent.clear();
        }
        for (Map.Entry<String, StateRecord> entry : new ArrayList<>(table.values.entrySet())) {
            action.accept(entry.getKey(), slot.type().cast(entry.getValue()));
        }
    }

    @Override
    public List<String> clusters(StateSlot<?> slot) {
        Set<String> known = clusters.get(slot);
        if (known == null) {
            known = new LinkedHashSet<>();
            try (KeyValueIterator<StateKey, StateRecord> saved = store.prefixScan(StateSerdes.prefix(slot, null),
                    Serdes.ByteArray().serializer())) {
                while (saved.hasNext()) {
                    known.add(saved.next().key.cluster());
                }
            }
            for (Table table : tables.getOrDefault(slot, Map.of()).values()) {
                if (!table.values.isEmpty()) {
                    known.add(table.cluster);
                }
            }
            clusters.put(slot, known);
        }
        return new ArrayList<>(known);
    }

    /** Writes what was put and removed since the last flush into the store (whose cache holds it to the commit). */
    void flush() {
        for (Table table : changed) {
            for (String subject : table.pending) {
                store.put(new StateKey(table.slot.name(), table.cluster, subject), table.values.get(subject));
            }
            table.pending.clear();
            table.unsaved.clear();
        }
        changed.clear();
    }

    private Table table(StateSlot<?> slot, String cluster) {
        Table last = lastTable;
        if (last != null && last.slot == slot && last.cluster.equals(cluster)) {
            return last;
        }
        Map<String, Table> byCluster = tables.computeIfAbsent(slot, name -> new HashMap<>());
        Table table = byCluster.get(cluster);
        if (table == null) {
            table = new Table(slot, cluster);
            byCluster.put(cluster, table);
        }
        lastTable = table;
        return table;
    }

    /** The records of one slot and cluster in front of the store, and what differs from it. */
    private static final class Table {
        private final StateSlot<?> slot;
        private final String cluster;
        private final Map<String, StateRecord> values = new HashMap<>();
        /** Subjects put or removed since the last flush. */
        private final Set<String> pending = new HashSet<>();
        /** Of those, the ones put that the store does not hold: removed before the flush, they need no write. */
        private final Set<String> unsaved = new HashSet<>();
        /** Subjects the store does not hold (so that a miss is asked of it once); none once complete. */
        private final Set<String> absent = new HashSet<>();
        /** Whether every record of the store is in {@link #values} (after a scan). */
        private boolean complete;
        /** Whether its cluster is in the list of its slot's clusters (once that list is made). */
        private boolean listed;

        Table(StateSlot<?> slot, String cluster) {
            this.slot = slot;
            this.cluster = cluster;
        }

        void absent(String subject) {
            if (complete) {
                return;
            }
            if (absent.size() >= MAX_ABSENT) {
                absent.clear();
            }
            absent.add(subject);
        }
    }
}
