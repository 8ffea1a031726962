package io.mesosfailover.timeline;

import io.mesosfailover.event.ProcessAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The agents of one region lost within the window of each other, and the region's masters that went down (slot
 * {@link StateSlots#REGION_GROUP}, subject the group's number).
 *
 * @param region the region
 * @param start the first loss
 * @param lost the agents lost, in the order they were first lost, with when each came back
 * @param mastersDown each master's first sign of going down from the window's start on, in the order they came
 * @param lastLoss the latest loss
 * @param mark the clock watch's mark at the first loss
 * @param window the window
 */
record RegionGroup(String region, Instant start, List<LostAgent> lost, List<RegionOutage.MasterDown> mastersDown,
        Instant lastLoss, long mark, Duration window) implements StateRecord {

    /** Copies the lists. */
    RegionGroup {
        lost = List.copyOf(lost);
        mastersDown = List.copyOf(mastersDown);
    }

    /**
     * An agent of the group.
     *
     * @param agent its host:port
     * @param recoveredAt when it came back, {@code null} while it is down
     */
    record LostAgent(ProcessAddress agent, Instant recoveredAt) {
    }

    /** @return the group with the agent lost (again) at {@code lostAt}, in its first place if it was lost before */
    RegionGroup withLoss(ProcessAddress agent, Instant lostAt) {
        return new RegionGroup(region, start, with(agent, null), mastersDown, lostAt, mark, window);
    }

    /** @return the group with the agent back at {@code recoveredAt} */
    RegionGroup withRecovery(ProcessAddress agent, Instant recoveredAt) {
        return new RegionGroup(region, start, with(agent, recoveredAt), mastersDown, lastLoss, mark, window);
    }

    /** @return whether every agent of the group is back */
    boolean allBack() {
        return lost.stream().allMatch(agent -> agent.recoveredAt() != null);
    }

    /**
     * @return the group with a master's first sign from the window's start on (later signs of the same master, and
     *     those before the window, leave it as it is; those after its end are dropped at the close)
     */
    RegionGroup withSign(RegionOutage.MasterDown sign) {
        if (sign.at().isBefore(start.minus(window))
                || mastersDown.stream().anyMatch(down -> down.master().equals(sign.master()))) {
            return this;
        }
        List<RegionOutage.MasterDown> signs = new ArrayList<>(mastersDown);
        signs.add(sign);
        return new RegionGroup(region, start, lost, signs, lastLoss, mark, window);
    }

    private List<LostAgent> with(ProcessAddress agent, Instant recoveredAt) {
        List<LostAgent> agents = new ArrayList<>(lost);
        for (int i = 0; i < agents.size(); i++) {
            if (agents.get(i).agent().equals(agent)) {
                agents.set(i, new LostAgent(agent, recoveredAt));
                return agents;
            }
        }
        agents.add(new LostAgent(agent, recoveredAt));
        return agents;
    }
}
