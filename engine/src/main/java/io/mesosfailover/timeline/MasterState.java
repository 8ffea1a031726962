package io.mesosfailover.timeline;

import java.time.Duration;
import java.time.Instant;

/**
 * What the engine keeps of one master of a cluster (slot {@link StateSlots#MASTER}, subject its host).
 *
 * @param last the time of its latest line
 * @param policy the timeouts it logged at start-up, {@code null} when it logged none (the defaults apply)
 * @param steps how its clock went back, {@code null} when it never did
 * @param region its region as region outages place it, {@code null} when not placed
 * @param leading whether it led at its latest line
 * @param latestSign its latest sign of going down, {@code null} when none
 * @param dropped the messages it dropped since the last election, before its own
 * @param lastDropped the last of those, {@code null} when none
 * @param cause the registrar failure it logged while it led (or after its loss), {@code null} when none
 */
record MasterState(Instant last, TimeoutPolicy policy, ClockSteps steps, String region, boolean leading,
        RegionOutage.MasterDown latestSign, long dropped, Instant lastDropped, String cause) implements StateRecord {

    /** A master seen for the first time, at {@code time}. */
    static MasterState first(Instant time) {
        return new MasterState(time, null, null, null, false, null, 0, null, null);
    }

    MasterState withLast(Instant time) {
        return new MasterState(time, policy, steps, region, leading, latestSign, dropped, lastDropped, cause);
    }

    MasterState withPolicy(TimeoutPolicy logged) {
        return new MasterState(last, logged, steps, region, leading, latestSign, dropped, lastDropped, cause);
    }

    MasterState withSteps(ClockSteps seen) {
        return new MasterState(last, policy, seen, region, leading, latestSign, dropped, lastDropped, cause);
    }

    MasterState withTrace(String placed, boolean leads, RegionOutage.MasterDown sign) {
        return new MasterState(last, policy, steps, placed, leads, sign, dropped, lastDropped, cause);
    }

    MasterState withDropped(long count, Instant at) {
        return new MasterState(last, policy, steps, region, leading, latestSign, count, at, cause);
    }

    MasterState withCause(String failure) {
        return new MasterState(last, policy, steps, region, leading, latestSign, dropped, lastDropped, failure);
    }

    /**
     * The steps back of one master's clock.
     *
     * @param count how many
     * @param firstFrom the time before the first
     * @param firstTo the time after the first
     * @param largest the largest
     * @param order the cluster's count of steps at the first (masters are summed up in that order)
     */
    record ClockSteps(long count, Instant firstFrom, Instant firstTo, Duration largest, long order) {

        /** @return these steps and one more, from {@code from} back to {@code to} */
        ClockSteps plus(Instant from, Instant to) {
            Duration step = Duration.between(to, from);
            return new ClockSteps(count + 1, firstFrom, firstTo, step.compareTo(largest) > 0 ? step : largest, order);
        }
    }
}
