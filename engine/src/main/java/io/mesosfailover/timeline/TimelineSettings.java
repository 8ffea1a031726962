package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How incidents are grouped and judged.
 *
 * @param regions the CIDR to region map; {@link RegionMap#EMPTY} when none is given (no region outages then)
 * @param regionWindow agents of one region lost within this window form one outage; {@code null} for twice the
 *     ping timeout the master logged
 * @param regionMinimumAgents how many agents make a region outage
 * @param leaderlessThreshold a leader gap longer than this is also a leaderless period; {@code null} for twice the
 *     ZooKeeper session timeout
 */
public record TimelineSettings(RegionMap regions, Duration regionWindow, int regionMinimumAgents,
        Duration leaderlessThreshold) {

    /** Agents that make a region outage unless told otherwise. */
    public static final int DEFAULT_REGION_MINIMUM_AGENTS = 2;
    /** No regions, windows and thresholds from the logged timeouts. */
    public static final TimelineSettings DEFAULTS = new TimelineSettings(RegionMap.EMPTY, null,
            DEFAULT_REGION_MINIMUM_AGENTS, null);

    /** Checks the components. */
    public TimelineSettings {
        requireNonNull(regions, "regions is null");
        if (regionMinimumAgents < 1) {
            throw new IllegalArgumentException("regionMinimumAgents must be at least 1: " + regionMinimumAgents);
        }
        if (regionWindow != null && regionWindow.isNegative()) {
            throw new IllegalArgumentException("regionWindow is negative: " + regionWindow);
        }
    }

    /** @return these settings with another region map */
    public TimelineSettings withRegions(RegionMap otherRegions) {
        return new TimelineSettings(otherRegions, regionWindow, regionMinimumAgents, leaderlessThreshold);
    }
}
