package io.mesosfailover.source;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.PriorityQueue;

/**
 * The one merge by time of the project: items of several sources, each giving its own in time order, taken out
 * oldest first. Equal times go by rank (a file's place in the list, an event's arrival number), so that a merge
 * replays the same way every time. The batch analyzer merges the next events of its files with it, the streaming
 * timeline the events waiting for their lateness, and {@code ingest --archive} the next entries of its files.
 *
 * <p>Not thread-safe.
 *
 * @param <T> what is merged
 */
public final class TimeOrderedMerge<T> {

    private final PriorityQueue<Head<T>> heads = new PriorityQueue<>();

    /**
     * Adds an item.
     *
     * @param item what to merge
     * @param time its time
     * @param rank what orders items of equal times, lowest first
     */
    public void add(T item, Instant time, long rank) {
        heads.add(new Head<>(requireNonNull(item, "item is null"), requireNonNull(time, "time is null"), rank));
    }

    /** @return whether no item waits */
    public boolean isEmpty() {
        return heads.isEmpty();
    }

    /** @return how many items wait */
    public int size() {
        return heads.size();
    }

    /** @return the time of the oldest item, {@code null} when none waits */
    public Instant oldestTime() {
        Head<T> head = heads.peek();
        return head == null ? null : head.time;
    }

    /** @return the oldest item, taken out; {@code null} when none waits */
    public T poll() {
        Head<T> head = heads.poll();
        return head == null ? null : head.item;
    }

    /** @return the oldest item, taken out, if it is not after {@code bound}; otherwise {@code null} */
    public T pollNotAfter(Instant bound) {
        Head<T> head = heads.peek();
        if (head == null || head.time.isAfter(bound)) {
            return null;
        }
        heads.poll();
        return head.item;
    }

    /** Takes every item out. */
    public void clear() {
        heads.clear();
    }

    /** An item with its time and rank, ordered by time, then rank. */
    private record Head<T>(T item, Instant time, long rank) implements Comparable<Head<T>> {

        @Override
        public int compareTo(Head<T> other) {
            int byTime = time.compareTo(other.time);
            return byTime != 0 ? byTime : Long.compare(rank, other.rank);
        }
    }
}
