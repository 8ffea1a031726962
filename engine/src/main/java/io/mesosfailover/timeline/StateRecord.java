package io.mesosfailover.timeline;

/**
 * A piece of the engine's state as kept in a {@link TimelineState}: a small immutable record of plain values
 * (strings, numbers, times, lists, the event value types), so that a store can write it as JSON. Every record type
 * is the type of a {@link StateSlot} (or a record permitted under it).
 */
public interface StateRecord {
}
