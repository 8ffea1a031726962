package io.mesosfailover.timeline;

import java.util.function.BiConsumer;

/**
 * What every tracker of one cluster works in: the cluster's share of the {@link TimelineState} (its records, read and
 * written by slot and subject alone), the watch on its masters' clocks, and the timeout policy each master logged.
 */
final class ClusterScope {

    private final String cluster;
    private final TimelineState state;
    private final ClockWatch clock;

    /** The scope of {@code cluster} on what {@code state} holds of it (nothing for a cluster new to it). */
    ClusterScope(String cluster, TimelineState state) {
        this.cluster = cluster;
        this.state = state;
        this.clock = new ClockWatch(this); // last: the watch reads its saved steps through this scope
    }

    /** @return the cluster's name */
    String cluster() {
        return cluster;
    }

    /** @return the watch on the cluster's masters' clocks, which also keeps each master's record */
    ClockWatch clock() {
        return clock;
    }

    /** @return the subject's record in the slot, {@code null} when there is none */
    <V extends StateRecord> V get(StateSlot<V> slot, String subject) {
        return state.get(slot, cluster, subject);
    }

    /** Keeps {@code value} as the subject's record in the slot, in place of the one it had. */
    <V extends StateRecord> void put(StateSlot<V> slot, String subject, V value) {
        state.put(slot, cluster, subject, value);
    }

    /** Forgets the subject's record in the slot, if it had one. */
    void remove(StateSlot<?> slot, String subject) {
        state.remove(slot, cluster, subject);
    }

    /**
     * Calls {@code action} with every subject of the cluster that has a record in the slot, over a copy (as
     * {@link TimelineState#forEach} does).
     */
    <V extends StateRecord> void forEach(StateSlot<V> slot, BiConsumer<String, V> action) {
        state.forEach(slot, cluster, action);
    }

    /** @return the timeout policy of the master on that host, or the defaults when it logged none */
    TimeoutPolicy policyOf(String master) {
        MasterState known = clock.master(master);
        return known == null || known.policy() == null ? TimeoutPolicy.DEFAULTS : known.policy();
    }
}
