package io.mesosfailover.streams;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.timeline.StateSlot;

/**
 * The key of a record of the timelines' state store: its slot, its cluster and its subject (see
 * {@link io.mesosfailover.timeline.TimelineState}). {@link StateSerdes} writes it as a JSON array that starts with
 * the state's format, such as {@code [1,"agent","prod","10.0.19.9:5051"]}, so that the keys of one slot and cluster
 * share a prefix and sort together.
 *
 * @param slot the slot's name
 * @param cluster the cluster
 * @param subject the subject, {@code ""} for what the cluster has once
 */
record StateKey(String slot, String cluster, String subject) {

    /** Checks the components. */
    StateKey {
        requireNonNull(slot, "slot is null");
        requireNonNull(cluster, "cluster is null");
        requireNonNull(subject, "subject is null");
    }

    /** @return the key of a subject of a slot */
    static StateKey of(StateSlot<?> slot, String cluster, String subject) {
        return new StateKey(slot.name(), cluster, subject);
    }
}
