package io.mesosfailover.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The engine's state in maps in memory: for {@code analyze}, and for tests. Not thread-safe. */
public final class MemoryTimelineState implements TimelineState {

    private final Map<StateSlot<?>, Map<String, Map<String, StateRecord>>> slots = new HashMap<>();

    @Override
    public <V extends StateRecord> V get(StateSlot<V> slot, String cluster, String subject) {
        Map<String, StateRecord> records = records(slot, cluster, false);
        return records == null ? null : slot.type().cast(records.get(subject));
    }

    @Override
    public <V extends StateRecord> void put(StateSlot<V> slot, String cluster, String subject, V value) {
        records(slot, cluster, true).put(subject, slot.type().cast(value));
    }

    @Override
    public void remove(StateSlot<?> slot, String cluster, String subject) {
        Map<String, StateRecord> records = records(slot, cluster, false);
        if (records != null) {
            records.remove(subject);
        }
    }

    @Override
    public <V extends StateRecord> void forEach(StateSlot<V> slot, String cluster, BiConsumer<String, V> action) {
        Map<String, StateRecord> records = records(slot, cluster, false);
        if (records != null) {
            for (Map.Entry<String, StateRecord> entry : new ArrayList<>(records.entrySet())) {
                action.accept(entry.getKey(), slot.type().cast(entry.getValue()));
            }
        }
    }

    @Override
    public List<String> clusters(StateSlot<?> slot) {
        List<String> clusters = new ArrayList<>();
        slots.getOrDefault(slot, Map.of()).forEach((cluster, records) -> {
            if (!records.isEmpty()) {
                clusters.add(cluster);
            }
        });
        return clusters;
    }

    private Map<String, StateRecord> records(StateSlot<?> slot, String cluster, boolean create) {
        Map<String, Map<String, StateRecord>> clusters = slots.get(slot);
        if (clusters == null) {
            if (!create) {
                return null;
            }
            clusters = new HashMap<>();
            slots.put(slot, clusters);
        }
        Map<String, StateRecord> records = clusters.get(cluster);
        if (records == null && create) {
            records = new HashMap<>();
            clusters.put(cluster, records);
        }
        return records;
    }
}
