package io.mesosfailover.timeline;

import java.util.function.Consumer;

/**
 * Keys of one kind that a cluster remembers in order, at most a limit, the oldest forgotten first: the task
 * launches, the frameworks. The caller keeps each key's record, with its order number, in a slot of its own; this
 * keeps the order (number to key, slot {@code order}) and the bounds (slot {@link StateSlots#BOUNDS}), so that the
 * oldest key is found without holding every key in a list.
 */
final class RememberedKeys {

    private final TimelineState state;
    private final String cluster;
    private final StateSlot<StateSlots.Key> order;
    private final int limit;

    RememberedKeys(TimelineState state, String cluster, StateSlot<StateSlots.Key> order, int limit) {
        this.state = state;
        this.cluster = cluster;
        this.order = order;
        this.limit = limit;
    }

    /**
     * Remembers a key.
     *
     * @param known the key's order number when it is remembered already, {@code null} when not
     * @param moveToEnd whether a key remembered already becomes the newest
     * @param forget called with each key forgotten to stay within the limit
     * @return the key's order number now
     */
    long remember(String key, Long known, boolean moveToEnd, Consumer<String> forget) {
        if (known != null && !moveToEnd) {
            return known;
        }
        StateSlots.Bounds bounds = bounds();
        long first = bounds.first();
        long size = bounds.size();
        if (known != null) {
            state.remove(order, cluster, Long.toString(known));
            size--;
        }
        long number = bounds.next();
        state.put(order, cluster, Long.toString(number), new StateSlots.Key(key));
        size++;
        while (size > limit) {
            StateSlots.Key oldest = state.get(order, cluster, Long.toString(first));
            if (oldest != null) {
                state.remove(order, cluster, Long.toString(first));
                size--;
                forget.accept(oldest.value());
            }
            first++;
        }
        state.put(StateSlots.BOUNDS, cluster, order.name(), new StateSlots.Bounds(first, number + 1, size));
        return number;
    }

    /** Forgets a key remembered with order number {@code known}. */
    void forget(long known) {
        StateSlots.Bounds bounds = bounds();
        state.remove(order, cluster, Long.toString(known));
        state.put(StateSlots.BOUNDS, cluster, order.name(),
                new StateSlots.Bounds(bounds.first(), bounds.next(), bounds.size() - 1));
    }

    private StateSlots.Bounds bounds() {
        StateSlots.Bounds bounds = state.get(StateSlots.BOUNDS, cluster, order.name());
        return bounds == null ? new StateSlots.Bounds(0, 0, 0) : bounds;
    }
}
