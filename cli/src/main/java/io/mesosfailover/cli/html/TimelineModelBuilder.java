package io.mesosfailover.cli.html;

import io.mesosfailover.cli.html.TimelineModel.Band;
import io.mesosfailover.cli.html.TimelineModel.Glyph;
import io.mesosfailover.cli.html.TimelineModel.Lane;
import io.mesosfailover.cli.html.TimelineModel.Mark;
import io.mesosfailover.cli.html.TimelineModel.Section;
import io.mesosfailover.cli.html.TimelineModel.Shape;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.IncidentVisitor;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderHistory;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds one cluster's {@link TimelineModel} from its incidents (one visit per incident, so a new kind must be drawn
 * before it compiles) and its leader history. Agents are grouped into one lane per region beyond
 * {@link #MAX_AGENT_LANES}, applications into one lane beyond {@link #MAX_TASK_LANES}.
 */
final class TimelineModelBuilder implements IncidentVisitor<Void> {

    /** Agents drawn in a lane each; more are drawn in one lane per region. */
    static final int MAX_AGENT_LANES = 300;
    /** Applications drawn in a lane each; more share one lane. */
    static final int MAX_TASK_LANES = 40;

    static final String MASTERS = "masters";
    static final String AGENTS = "agents";
    static final String TASKS = "tasks";
    private static final String NO_REGION = "(no region)";

    private final String cluster;
    private final RegionMap regions;
    private final Map<String, List<Mark>> masters = new TreeMap<>();
    private final Map<String, String> masterRegions = new TreeMap<>();
    private final Map<String, List<Mark>> agents = new TreeMap<>();
    private final Map<String, List<Mark>> tasks = new TreeMap<>();
    private final List<PendingBand> bands = new ArrayList<>();
    private Instant earliest;
    private Instant latest;

    /** A band whose lanes are known by master and agent key until the lanes are laid out. */
    private record PendingBand(Mark mark, String cssClass, Instant from, Instant to, boolean allMasters,
            Set<String> masterKeys, Set<String> agentKeys) {
    }

    /**
     * @param cluster the cluster
     * @param history who led when, {@code null} when unknown
     * @param regions the region map, for region bands across masters and for grouping agents
     */
    TimelineModelBuilder(String cluster, LeaderHistory history, RegionMap regions) {
        this.cluster = cluster;
        this.regions = regions;
        if (history != null) {
            history.masters().forEach(master -> {
                masters.computeIfAbsent(master.host(), host -> new ArrayList<>());
                String region = master.address() == null ? null : regions.regionOf(master.address());
                if (region != null) {
                    masterRegions.put(master.host(), region);
                }
            });
            history.terms().forEach(this::term);
        }
    }

    /** Adds the incidents (of this builder's cluster). */
    TimelineModelBuilder add(List<? extends Incident> incidents) {
        incidents.forEach(incident -> incident.accept(this));
        return this;
    }

    /**
     * @param from the first event of the input, {@code null} to start at the earliest mark
     * @param to the end of the input, {@code null} to end at the latest mark
     * @return the model, empty when nothing has a time (no events)
     */
    Optional<TimelineModel> build(Instant from, Instant to) {
        Instant start = earliestOf(from, earliest);
        if (start == null) {
            return Optional.empty();
        }
        Instant end = latestOf(latestOf(to, latest), start);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(MASTERS, "masters", lanes(MASTERS, masters)));
        Map<String, String> agentLaneOf = agentLaneKeys();
        if (!agents.isEmpty()) {
            sections.add(new Section(AGENTS, agentCaption(agentLaneOf), agentLanes(agentLaneOf)));
        }
        if (!tasks.isEmpty()) {
            sections.add(new Section(TASKS, tasks.size() > MAX_TASK_LANES ? "tasks of " + tasks.size()
                    + " applications" : "task rescheduling", taskLanes()));
        }
        List<Band> laid = new ArrayList<>();
        for (PendingBand band : bands) {
            Set<String> keys = new LinkedHashSet<>();
            (band.allMasters ? masters.keySet() : band.masterKeys).forEach(master -> keys.add(MASTERS + "/" + master));
            band.agentKeys.forEach(agent -> keys.add(AGENTS + "/" + agentLaneOf.getOrDefault(agent, agent)));
            laid.add(new Band(band.mark, band.cssClass, band.from, band.to, new ArrayList<>(keys)));
        }
        return Optional.of(new TimelineModel(cluster, start, end, sections, laid));
    }

    private void term(LeaderHistory.Term term) {
        String details = "leader term\nmaster: " + term.master() + "\nelectedAt: " + term.electedAt()
                + "\nendedAt: " + (term.endedAt() == null ? "(still leading at the end of the input)" : term.endedAt())
                + (term.endedBy() == null ? "" : "\nendedBy: " + term.endedBy());
        masterLane(term.master()).add(new Mark("leader-term", "leader-term/" + term.master() + "/" + term.electedAt(),
                details, List.of(new Shape(Glyph.BAR, "leader", term.electedAt(), term.endedAt(), null),
                        new Shape(Glyph.ELECTION, "election", term.electedAt(), null, null))));
        seen(term.electedAt(), term.endedAt());
    }

    @Override
    public Void visitAgentFailover(AgentFailover failover) {
        List<Shape> shapes = new ArrayList<>();
        Instant removed = failover.removedAt();
        shapes.add(new Shape(Glyph.BAR, "lost", failover.lostAt(), removed != null ? removed : failover.recoveredAt(),
                null));
        if (removed != null) {
            shapes.add(new Shape(Glyph.BAR, "removed", removed, failover.recoveredAt(), null));
        }
        if (failover.reregistrationRefusedAt() != null) {
            shapes.add(new Shape(Glyph.REFUSED, "refused", failover.reregistrationRefusedAt(), null, null));
        }
        if (failover.recoveredAt() != null) {
            boolean newId = failover.agentIds().size() > 1;
            String label = newId ? shortId(failover.agentIds().get(failover.agentIds().size() - 1).value()) : null;
            shapes.add(new Shape(Glyph.BACK, newId ? "back new-id" : "back", failover.recoveredAt(), null, label));
        }
        agentLane(failover.agent().toString()).add(mark(failover, shapes));
        seen(failover.lostAt(), failover.recoveredAt());
        return null;
    }

    @Override
    public Void visitTimeoutCompliance(TimeoutCompliance compliance) {
        String verdict = compliance.verdict().name().toLowerCase(Locale.ROOT);
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape(Glyph.WINDOW, "window " + verdict, compliance.windowStart(), compliance.windowEnd(),
                null));
        if (compliance.actedAt() != null) {
            shapes.add(new Shape(Glyph.TICK, "acted " + verdict, compliance.actedAt(), null, null));
        }
        String subject = compliance.agent() != null ? compliance.agent().toString()
                : String.valueOf(compliance.agentId());
        agentLane(subject).add(mark(compliance, shapes));
        seen(compliance.silentSince(), compliance.windowEnd());
        seen(compliance.actedAt(), null);
        return null;
    }

    @Override
    public Void visitLeaderFailover(LeaderFailover failover) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape(Glyph.BAR, "gap", failover.lastSign(), failover.electedAt(), null));
        if (failover.recoveredAt() != null) {
            shapes.add(new Shape(Glyph.BAR, "recovery", failover.electedAt(), failover.recoveredAt(), null));
        }
        masterLane(failover.newLeader()).add(mark(failover, shapes));
        if (failover.oldLeader() != null) {
            masterLane(failover.oldLeader());
        }
        seen(failover.lastSign(), failover.recoveredAt());
        return null;
    }

    @Override
    public Void visitLeaderlessPeriod(LeaderlessPeriod period) {
        period.masters().forEach(this::masterLane);
        bands.add(new PendingBand(mark(period, List.of()), "leaderless", period.start(), period.end(), true,
                Set.of(), Set.of()));
        seen(period.start(), period.end());
        return null;
    }

    @Override
    public Void visitRegionOutage(RegionOutage outage) {
        Set<String> agentKeys = new LinkedHashSet<>();
        for (ProcessAddress agent : outage.agents()) {
            agentLane(agent.toString());
            agentKeys.add(agent.toString());
        }
        Set<String> masterKeys = new LinkedHashSet<>();
        outage.masters().forEach(down -> masterKeys.add(down.master()));
        masterRegions.forEach((master, region) -> {
            if (region.equals(outage.region())) {
                masterKeys.add(master);
            }
        });
        bands.add(new PendingBand(mark(outage, List.of()), "region", outage.start(), outage.end(), false, masterKeys,
                agentKeys));
        seen(outage.start(), outage.end());
        return null;
    }

    @Override
    public Void visitTaskRescheduling(TaskRescheduling rescheduling) {
        Shape bar = new Shape(Glyph.BAR, rescheduling.relaunchedAt() == null ? "task open" : "task",
                rescheduling.lostAt(), rescheduling.relaunchedAt(), null);
        tasks.computeIfAbsent(rescheduling.application(), application -> new ArrayList<>())
                .add(mark(rescheduling, List.of(bar)));
        seen(rescheduling.lostAt(), rescheduling.relaunchedAt());
        return null;
    }

    private static Mark mark(Incident incident, List<Shape> shapes) {
        return new Mark(incident.kind(), incident.id(), IncidentFields.of(incident), shapes);
    }

    private List<Mark> masterLane(String master) {
        return masters.computeIfAbsent(master, host -> new ArrayList<>());
    }

    private List<Mark> agentLane(String agent) {
        return agents.computeIfAbsent(agent, key -> new ArrayList<>());
    }

    private static List<Lane> lanes(String section, Map<String, List<Mark>> marks) {
        List<Lane> lanes = new ArrayList<>();
        marks.forEach((key, laneMarks) -> lanes.add(new Lane(section + "/" + key, key, laneMarks)));
        return lanes;
    }

    /** @return each agent's lane key: itself, or its region's group lane when there are too many agents */
    private Map<String, String> agentLaneKeys() {
        Map<String, String> laneOf = new TreeMap<>();
        for (String agent : agents.keySet()) {
            laneOf.put(agent, agents.size() > MAX_AGENT_LANES ? "region:" + regionOfAgent(agent)
                    : regionOfAgent(agent) + "/" + agent);
        }
        return laneOf;
    }

    private List<Lane> agentLanes(Map<String, String> laneOf) {
        Map<String, List<Mark>> byLane = new TreeMap<>();
        Map<String, Integer> agentsInLane = new TreeMap<>();
        agents.forEach((agent, marks) -> {
            byLane.computeIfAbsent(laneOf.get(agent), key -> new ArrayList<>()).addAll(marks);
            agentsInLane.merge(laneOf.get(agent), 1, Integer::sum);
        });
        boolean grouped = agents.size() > MAX_AGENT_LANES;
        List<Lane> lanes = new ArrayList<>();
        byLane.forEach((key, marks) -> {
            String label = grouped ? key.substring("region:".length()) + " (" + agentsInLane.get(key) + " agents)"
                    : key.substring(key.indexOf('/') + 1);
            lanes.add(new Lane(AGENTS + "/" + key, label, marks));
        });
        return lanes;
    }

    private String agentCaption(Map<String, String> laneOf) {
        return agents.size() > MAX_AGENT_LANES ? agents.size() + " agents that failed, one lane per region"
                : "agents that failed (" + laneOf.size() + ")";
    }

    private List<Lane> taskLanes() {
        if (tasks.size() <= MAX_TASK_LANES) {
            return lanes(TASKS, tasks);
        }
        List<Mark> all = new ArrayList<>();
        tasks.values().forEach(all::addAll);
        return List.of(new Lane(TASKS + "/all", tasks.size() + " applications", all));
    }

    private String regionOfAgent(String agent) {
        int colon = agent.lastIndexOf(':');
        String region = regions.regionOf(colon < 0 ? agent : agent.substring(0, colon));
        return region == null ? NO_REGION : region;
    }

    /** @return the last part of an agent id ({@code S7}), or the id when it has no dash */
    private static String shortId(String id) {
        int dash = id.lastIndexOf('-');
        return dash < 0 || dash == id.length() - 1 ? id : id.substring(dash + 1);
    }

    private void seen(Instant from, Instant to) {
        earliest = earliestOf(earliest, from);
        latest = latestOf(latest, to != null ? to : from);
    }

    private static Instant earliestOf(Instant left, Instant right) {
        return left == null ? right : right == null || left.isBefore(right) ? left : right;
    }

    private static Instant latestOf(Instant left, Instant right) {
        return left == null ? right : right == null || left.isAfter(right) ? left : right;
    }
}
