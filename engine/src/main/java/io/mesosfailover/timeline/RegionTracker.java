package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentAddress;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Groups agent losses of one region that start within a window into one region outage. A group becomes an outage
 * once it has the minimum number of agents; it ends when the last of them is back.
 */
final class RegionTracker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String cluster;
    private final TimelineSettings settings;
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<AgentAddress, Group> groupOfAgent = new HashMap<>();

    RegionTracker(String cluster, TimelineSettings settings) {
        this.cluster = cluster;
        this.settings = settings;
    }

    void lost(AgentAddress agent, Instant lostAt, TimeoutPolicy policy) {
        String region = settings.regions().regionOf(agent.host());
        if (region == null) {
            return;
        }
        Duration window = settings.regionWindow() != null ? settings.regionWindow() : policy.pingTimeout().multipliedBy(2);
        Group group = groups.get(region);
        if (group == null || group.lastLoss.plus(window).isBefore(lostAt)) {
            group = new Group(region, lostAt);
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
            out.accept(group.outage(cluster, recoveredAt));
        }
        if (groups.get(group.region) == group) {
            groups.remove(group.region);
        }
    }

    void finish(Consumer<Incident> out) {
        List<Group> open = new ArrayList<>(new LinkedHashMap<>(groupOfAgent).values());
        for (Group group : open.stream().distinct().toList()) {
            if (group.lost.size() >= settings.regionMinimumAgents()) {
                out.accept(group.outage(cluster, null));
            }
        }
        groups.clear();
        groupOfAgent.clear();
    }

    private static final class Group implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String region;
        private final Instant start;
        private final Map<AgentAddress, Instant> lost = new LinkedHashMap<>();
        private Instant lastLoss;

        Group(String region, Instant start) {
            this.region = region;
            this.start = start;
            this.lastLoss = start;
        }

        RegionOutage outage(String cluster, Instant end) {
            return new RegionOutage(Incident.idOf(RegionOutage.KIND, region, start), cluster, region,
                    new ArrayList<>(lost.keySet()), start, end);
        }
    }
}
