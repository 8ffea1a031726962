package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentAddress;
import io.mesosfailover.event.MesosEvent;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Groups agent losses of one region that start within a window into one region outage. A group becomes an outage
 * once it has the minimum number of agents; it ends when the last of them is back. The masters of the region that
 * went down within the window (see {@link RegionMasters}) are part of it.
 */
final class RegionTracker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String cluster;
    private final TimelineSettings settings;
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<AgentAddress, Group> groupOfAgent = new HashMap<>();
    private final ClockWatch clock;
    private final TimeoutPolicies policies;
    private final RegionMasters masters;
    private Instant latest;
    /** The window of the last policy asked for: one Duration per policy, not per event. */
    private transient TimeoutPolicy lastPolicy;
    private transient Duration lastWindow;

    RegionTracker(String cluster, TimelineSettings settings, ClockWatch clock, TimeoutPolicies policies) {
        this.cluster = cluster;
        this.settings = settings;
        this.clock = clock;
        this.policies = policies;
        this.masters = new RegionMasters(settings.regions());
    }

    /**
     * Follows the masters: where each is, when it last logged, its signs of going down.
     *
     * @param leader the master leading before this event, {@code null} when none is known to
     */
    void onEvent(MesosEvent event, String leader) {
        if (settings.regions().isEmpty()) {
            return;
        }
        if (latest == null || event.time().isAfter(latest)) {
            latest = event.time();
        }
        TimeoutPolicy policy = policies.of(event.source().host());
        if (policy != lastPolicy) {
            lastPolicy = policy;
            lastWindow = window(policy);
        }
        RegionOutage.MasterDown sign = masters.observe(event, leader, lastWindow);
        String region = sign == null ? null : masters.regionOf(sign.master());
        Group group = region == null ? null : groups.get(region);
        if (group != null) {
            group.sign(sign);
        }
    }

    void lost(AgentAddress agent, Instant lostAt, TimeoutPolicy policy) {
        String region = settings.regions().regionOf(agent.host());
        if (region == null) {
            return;
        }
        Duration window = window(policy);
        Group group = groups.get(region);
        if (group == null || group.lastLoss.plus(window).isBefore(lostAt)) {
            group = new Group(region, lostAt, clock.mark(), window);
            masters.latestSigns(region).forEach(group::sign);
            groups.put(region, group);
        }
        group.lost.put(agent, null);
        group.lastLoss = lostAt;
        groupOfAgent.put(agent, group);
    }

    void recovered(AgentAddress agent, Instant recoveredAt, Consumer<Incident> out) {
        Group group = groupOfAgent.remove(agent);
        if (group == null) {
            return;
        }
        group.lost.put(agent, recoveredAt);
        if (group.lost.containsValue(null)) {
            return;
        }
        if (group.lost.size() >= settings.regionMinimumAgents()) {
            out.accept(group.outage(cluster, recoveredAt, recoveredAt));
        }
        if (groups.get(group.region) == group) {
            groups.remove(group.region);
        }
    }

    void finish(Consumer<Incident> out) {
        List<Group> open = new ArrayList<>(new LinkedHashMap<>(groupOfAgent).values());
        for (Group group : open.stream().distinct().toList()) {
            if (group.lost.size() >= settings.regionMinimumAgents()) {
                out.accept(group.outage(cluster, null, latest));
            }
        }
        groups.clear();
        groupOfAgent.clear();
    }

    private Duration window(TimeoutPolicy policy) {
        return settings.regionWindow() != null ? settings.regionWindow() : policy.pingTimeout().multipliedBy(2);
    }

    /** The agents of one region lost within the window of each other, and the region's masters that went down. */
    private final class Group implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String region;
        private final Instant start;
        private final Map<AgentAddress, Instant> lost = new LinkedHashMap<>();
        private final Map<String, RegionOutage.MasterDown> mastersDown = new LinkedHashMap<>();
        private Instant lastLoss;
        private final long mark;
        private final Duration window;

        Group(String region, Instant start, long mark, Duration window) {
            this.region = region;
            this.start = start;
            this.lastLoss = start;
            this.mark = mark;
            this.window = window;
        }

        /** Keeps a master's first sign from the window's start on; those after its end are dropped at the close. */
        void sign(RegionOutage.MasterDown sign) {
            if (!sign.at().isBefore(start.minus(window))) {
                mastersDown.putIfAbsent(sign.master(), sign);
            }
        }

        /** @param now the time of the close, to tell a master silent since the window */
        RegionOutage outage(String cluster, Instant end, Instant now) {
            Instant windowEnd = lastLoss.plus(window);
            Map<String, RegionOutage.MasterDown> down = new LinkedHashMap<>();
            mastersDown.values().stream().filter(sign -> !sign.at().isAfter(windowEnd))
                    .forEach(sign -> down.put(sign.master(), sign));
            if (now != null) {
                masters.silentSince(region, start.minus(window), windowEnd, now, window)
                        .forEach(sign -> down.putIfAbsent(sign.master(), sign));
            }
            List<RegionOutage.MasterDown> ordered = new ArrayList<>(down.values());
            ordered.sort(Comparator.comparing(RegionOutage.MasterDown::at).thenComparing(RegionOutage.MasterDown::master));
            boolean leaderDown = ordered.stream().anyMatch(RegionOutage.MasterDown::leading);
            boolean timesWentBack = clock.wentBackSince(mark) || end != null && end.isBefore(start);
            return new RegionOutage(Incident.idOf(RegionOutage.KIND, region, start), cluster, region,
                    new ArrayList<>(lost.keySet()), start, end, ordered, leaderDown, timesWentBack);
        }
    }
}
