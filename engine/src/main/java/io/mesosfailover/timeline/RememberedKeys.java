package io.mesosfailover.timeline;

import java.util.function.Consumer;

/**
 * Keys of one kind that a cluster remembers in order, at most a limit, the oldest forgotten first: the task
 * launches, the frameworks. The caller keeps each key's record, with its order number, in a slot of its own; this
 * keeps the order (number to key, slot {@code order}) and the bounds (slot {@link StateSlots#BOUNDS}), so that the
 * oldest key is found without holding every key in a list.
 */
final class RememberedKeys {

    private final ClusterScope scope;
    private final StateSlot<StateSlots.Key> order;
    private final int limit;

    RememberedKeys(ClusterScope scope, StateSlot<StateSlots.Key> order, int limit) {
        this.scope = scope;
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
            scope.remove(order, Long.toString(known));
            size--;
        }
        long number = bounds.next();
        scope.put(order, Long.toString(number), new StateSlots.Key(key));
        size++;
        while (size > limit) {
            StateSlots.Key oldest = scope.get(order, Long.toString(first));
            if (oldest != null) {
                scope.remove(order, Long.toString(first));
                size--;
                forget.accept(oldest.value());
            }
            first++;
        }
        scope.put(StateSlots.BOUNDS, order.name(), new StateSlots.Bounds(first, number + 1, size));
        return number;
    }

    /** Forgets a key remembered with order number {@code known}. */
    void forget(long known) {
        StateSlots.Bounds bounds = bounds();
        scope.remove(order, Long.toString(known));
        scope.put(StateSlots.BOUNDS, order.name(),
                new StateSlots.Bounds(bounds.first(), bounds.next(), bounds.size() - 1));
    }

    private StateSlots.Bounds bounds() {
        StateSlots.Bounds bounds = scope.get(StateSlots.BOUNDS, order.name());
        return bounds == null ? new StateSlots.Bounds(0, 0, 0) : bounds;
    }
}
