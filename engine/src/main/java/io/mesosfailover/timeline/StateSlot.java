package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

/**
 * One kind of record in a {@link TimelineState}: agents by host:port, task launches by task id, masters by host,
 * and so on. The name is part of every key a store writes, so it must not change between versions that share state.
 *
 * @param name the slot's name in keys ({@code agent}, {@code task}, {@code master}, ...)
 * @param type the records it holds (a sealed interface when they come in several kinds)
 * @param <V> the records it holds
 */
public record StateSlot<V extends StateRecord>(String name, Class<V> type) {

    /** Checks the components. */
    public StateSlot {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name is empty");
        }
    }
}
