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

    private final String cluster;
    private final TimelineState state;
    private final TimelineSettings settings;
    private final ClockWatch clock;
    private final TimeoutPolicies policies;
    private final RegionMasters masters;
    /** The window of the last policy asked for: one Duration per policy, not per event. */
    private TimeoutPolicy lastPolicy;
    private Duration lastWindow;

    RegionTracker(String cluster, TimelineState state, TimelineSettings settings, ClockWatch clock,
            TimeoutPolicies policies) {
        this.cluster = cluster;
        this.state = state;
        this.settings = settings;
        this.clock = clock;
        this.policies = policies;
        this.masters = new RegionMasters(cluster, state, settings.regions(), clock);
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
            state.put(StateSlots.REGION_PROGRESS, cluster, "", new StateSlots.Progress(event.time(), progress.count()));
        }
        TimeoutPolicy policy = policies.of(event.source().host());
        if (policy != lastPolicy) {
            lastPolicy = policy;
            lastWindow = window(policy);
        }
        RegionOutage.MasterDown sign = masters.observe(event, leader, lastWindow);
        String region = sign == null ? null : masters.regionOf(sign.master());
        StateSlots.Order current = region == null ? null : state.get(StateSlots.REGION_CURRENT, cluster, region);
        if (current != null) {
            String number = Long.toString(current.value());
            state.put(StateSlots.REGION_GROUP, cluster, number, group(number).withSign(sign));
        }
    }

    void lost(ProcessAddress agent, Instant lostAt, TimeoutPolicy policy) {
        String region = settings.regions().regionOf(agent.host());
        if (region == null) {
            return;
        }
        Duration window = window(policy);
        StateSlots.Order current = state.get(StateSlots.REGION_CURRENT, cluster, region);
        RegionGroup group = current == null ? null : group(Long.toString(current.value()));
        long number;
        if (group == null || group.lastLoss().plus(window).isBefore(lostAt)) {
            StateSlots.Progress progress = progress();
            number = progress.count();
            state.put(StateSlots.REGION_PROGRESS, cluster, "", new StateSlots.Progress(progress.latest(), number + 1));
            group = new RegionGroup(region, lostAt, List.of(), List.of(), lostAt, clock.mark(), window);
            for (RegionOutage.MasterDown sign : masters.latestSigns(region)) {
                group = group.withSign(sign);
            }
            state.put(StateSlots.REGION_CURRENT, cluster, region, new StateSlots.Order(number));
        } else {
            number = current.value();
        }
        state.put(StateSlots.REGION_GROUP, cluster, Long.toString(number), group.withLoss(agent, lostAt));
        state.put(StateSlots.REGION_AGENT, cluster, agent.toString(), new StateSlots.Order(number));
    }

    void recovered(ProcessAddress agent, Instant recoveredAt, Consumer<Incident> out) {
        StateSlots.Order member = state.get(StateSlots.REGION_AGENT, cluster, agent.toString());
        if (member == null) {
            return;
        }
        state.remove(StateSlots.REGION_AGENT, cluster, agent.toString());
        String number = Long.toString(member.value());
        RegionGroup group = group(number).withRecovery(agent, recoveredAt);
        state.put(StateSlots.REGION_GROUP, cluster, number, group);
        if (!group.allBack()) {
            return;
        }
        if (group.lost().size() >= settings.regionMinimumAgents()) {
            out.accept(outage(group, recoveredAt, recoveredAt));
        }
        StateSlots.Order current = state.get(StateSlots.REGION_CURRENT, cluster, group.region());
        if (current != null && current.value() == member.value()) {
            state.remove(StateSlots.REGION_CURRENT, cluster, group.region());
        }
        // an agent names its group from its loss to its return, and is lost again only after that: once all are
        // back, none names the group any more
        state.remove(StateSlots.REGION_GROUP, cluster, number);
    }

    void finish(Consumer<Incident> out) {
        Set<Long> open = new LinkedHashSet<>();
        state.forEach(StateSlots.REGION_AGENT, cluster, (agent, member) -> open.add(member.value()));
        Instant latest = progress().latest();
        for (long number : open) {
            RegionGroup group = group(Long.toString(number));
            if (group.lost().size() >= settings.regionMinimumAgents()) {
                out.accept(outage(group, null, latest));
            }
        }
        state.forEach(StateSlots.REGION_AGENT, cluster, (agent, member) -> state.remove(StateSlots.REGION_AGENT,
                cluster, agent));
        state.forEach(StateSlots.REGION_CURRENT, cluster, (region, current) -> state.remove(
                StateSlots.REGION_CURRENT, cluster, region));
        state.forEach(StateSlots.REGION_GROUP, cluster, (number, group) -> state.remove(StateSlots.REGION_GROUP,
                cluster, number));
    }

    private RegionGroup group(String number) {
        return state.get(StateSlots.REGION_GROUP, cluster, number);
    }

    private StateSlots.Progress progress() {
        StateSlots.Progress progress = state.get(StateSlots.REGION_PROGRESS, cluster, "");
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
        boolean timesWentBack = clock.wentBackSince(group.mark()) || end != null && end.isBefore(group.start());
        List<ProcessAddress> agents = new ArrayList<>();
        group.lost().forEach(agent -> agents.add(agent.agent()));
        return new RegionOutage(Incident.idOf(RegionOutage.KIND, group.region(), group.start()), cluster,
                group.region(), agents, group.start(), end, ordered, leaderDown, timesWentBack);
    }
}
