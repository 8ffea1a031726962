package io.mesosfailover.timeline;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.ProcessAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Groups agent losses of one region that start within a window into one region outage. A group becomes an outage
 * once it has the minimum number of agents; it ends when the last of them is back. The masters of the region that
 * went down within the window (see {@link RegionMasters}) are part of it. Groups are numbered; each region's newest
 * group (slot {@link StateSlots#REGION_CURRENT}) takes the losses within its window, and each lost agent names its
 * group (slot {@link StateSlots#REGION_AGENT}) until it is back.
 */
final class RegionTracker {

    private final ClusterScope scope;
    private final TimelineSettings settings;
    private final RegionMasters masters;
    /** The window of the last policy asked for: one Duration per policy, not per event. */
    private TimeoutPolicy lastPolicy;
    private Duration lastWindow;

    RegionTracker(ClusterScope scope, TimelineSettings settings) {
        this.scope = scope;
        this.settings = settings;
        this.masters = new RegionMasters(scope, settings.regions());
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
        StateSlots.Progress progress = progress();
        if (progress.latest() == null || event.time().isAfter(progress.latest())) {
            scope.put(StateSlots.REGION_PROGRESS, "", new StateSlots.Progress(event.time(), progress.count()));
        }
        TimeoutPolicy policy = scope.policyOf(event.source().host());
        if (policy != lastPolicy) {
            lastPolicy = policy;
            lastWindow = window(policy);
        }
        RegionOutage.MasterDown sign = masters.observe(event, leader, lastWindow);
        String region = sign == null ? null : masters.regionOf(sign.master());
        StateSlots.Order current = region == null ? null : scope.get(StateSlots.REGION_CURRENT, region);
        if (current != null) {
            String number = Long.toString(current.value());
            scope.put(StateSlots.REGION_GROUP, number, group(number).withSign(sign));
        }
    }

    void lost(ProcessAddress agent, Instant lostAt, TimeoutPolicy policy) {
        String region = settings.regions().regionOf(agent.host());
        if (region == null) {
            return;
        }
        Duration window = window(policy);
        StateSlots.Order current = scope.get(StateSlots.REGION_CURRENT, region);
        RegionGroup group = current == null ? null : group(Long.toString(current.value()));
        long number;
        if (group == null || group.lastLoss().plus(window).isBefore(lostAt)) {
            StateSlots.Progress progress = progress();
            number = progress.count();
            scope.put(StateSlots.REGION_PROGRESS, "", new StateSlots.Progress(progress.latest(), number + 1));
            group = new RegionGroup(region, lostAt, List.of(), List.of(), lostAt, scope.clock().mark(), window);
            for (RegionOutage.MasterDown sign : masters.latestSigns(region)) {
                group = group.withSign(sign);
            }
            scope.put(StateSlots.REGION_CURRENT, region, new StateSlots.Order(number));
        } else {
            number = current.value();
        }
        scope.put(StateSlots.REGION_GROUP, Long.toString(number), group.withLoss(agent, lostAt));
        scope.put(StateSlots.REGION_AGENT, agent.toString(), new StateSlots.Order(number));
    }

    void recovered(ProcessAddress agent, Instant recoveredAt, Consumer<Incident> out) {
        StateSlots.Order member = scope.get(StateSlots.REGION_AGENT, agent.toString());
        if (member == null) {
            return;
        }
        scope.remove(StateSlots.REGION_AGENT, agent.toString());
        String number = Long.toString(member.value());
        RegionGroup group = group(number).withRecovery(agent, recoveredAt);
        scope.put(StateSlots.REGION_GROUP, number, group);
        if (!group.allBack()) {
            return;
        }
        if (group.lost().size() >= settings.regionMinimumAgents()) {
            out.accept(outage(group, recoveredAt, recoveredAt));
        }
        StateSlots.Order current = scope.get(StateSlots.REGION_CURRENT, group.region());
        if (current != null && current.value() == member.value()) {
            scope.remove(StateSlots.REGION_CURRENT, group.region());
        }
        // an agent names its group from its loss to its return, and is lost again only after that: once all are
        // back, none names the group any more
        scope.remove(StateSlots.REGION_GROUP, number);
    }

    void finish(Consumer<Incident> out) {
        Set<Long> open = new LinkedHashSet<>();
        scope.forEach(StateSlots.REGION_AGENT, (agent, member) -> open.add(member.value()));
        Instant latest = progress().latest();
        for (long number : open) {
            RegionGroup group = group(Long.toString(number));
            if (group.lost().size() >= settings.regionMinimumAgents()) {
                out.accept(outage(group, null, latest));
            }
        }
        scope.forEach(StateSlots.REGION_AGENT, (agent, member) -> scope.remove(StateSlots.REGION_AGENT, agent));
        scope.forEach(StateSlots.REGION_CURRENT, (region, current) -> scope.remove(StateSlots.REGION_CURRENT, region));
        scope.forEach(StateSlots.REGION_GROUP, (number, group) -> scope.remove(StateSlots.REGION_GROUP, number));
    }

    private RegionGroup group(String number) {
        return scope.get(StateSlots.REGION_GROUP, number);
    }

    private StateSlots.Progress progress() {
        StateSlots.Progress progress = scope.get(StateSlots.REGION_PROGRESS, "");
        return progress == null ? new StateSlots.Progress(null, 0) : progress;
    }

    private Duration window(TimeoutPolicy policy) {
        return settings.regionWindow() != null ? settings.regionWindow() : policy.pingTimeout().multipliedBy(2);
    }

    /** @param now the time of the close, to tell a master silent since the window */
    private RegionOutage outage(RegionGroup group, Instant end, Instant now) {
        Instant windowEnd = group.lastLoss().plus(group.window());
        Map<String, RegionOutage.MasterDown> down = new LinkedHashMap<>();
        group.mastersDown().stream().filter(sign -> !sign.at().isAfter(windowEnd))
                .forEach(sign -> down.put(sign.master(), sign));
        if (now != null) {
            masters.silentSince(group.region(), group.start().minus(group.window()), windowEnd, now, group.window())
                    .forEach(sign -> down.putIfAbsent(sign.master(), sign));
        }
        List<RegionOutage.MasterDown> ordered = new ArrayList<>(down.values());
        ordered.sort(Comparator.comparing(RegionOutage.MasterDown::at).thenComparing(RegionOutage.MasterDown::master));
        boolean leaderDown = ordered.stream().anyMatch(RegionOutage.MasterDown::leading);
        boolean timesWentBack = scope.clock().wentBackSince(group.mark()) || end != null && end.isBefore(group.start());
        List<ProcessAddress> agents = new ArrayList<>();
        group.lost().forEach(agent -> agents.add(agent.agent()));
        return new RegionOutage(Incident.idOf(RegionOutage.class, group.region(), group.start()), scope.cluster(),
                group.region(), agents, group.start(), end, ordered, leaderDown, timesWentBack);
    }
}
