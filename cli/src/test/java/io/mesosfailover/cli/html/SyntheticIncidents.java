package io.mesosfailover.cli.html;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.UnknownLineReport;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.AgentOutcome;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderHistory;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data: a large cluster's worth of incidents of every kind, built directly, for size and load tests. */
final class SyntheticIncidents {

    static final RegionMap REGIONS = RegionMap.of("oslo", "10.0.0.0/16", "frankfurt", "192.168.0.0/16");
    static final Instant START = Instant.parse("2021-03-09T00:00:00Z");
    private static final String CLUSTER = "big";

    private SyntheticIncidents() {
    }

    /** @return an analysis with {@code count} incidents: agent failovers with their verdicts, leaders, regions, tasks */
    static AnalysisResult of(int count) {
        List<Incident> incidents = new ArrayList<>();
        List<LeaderHistory.Term> terms = new ArrayList<>();
        String leader = "master-0";
        terms.add(new LeaderHistory.Term(leader, START, null, null));
        for (int i = 0; incidents.size() < count; i++) {
            Instant at = START.plusSeconds(20L * i);
            if (i % 100 == 99) {
                String next = "master-" + (i / 100 % 3);
                terms.set(terms.size() - 1, new LeaderHistory.Term(leader, terms.get(terms.size() - 1).electedAt(), at,
                        "zoo-keeper-session-expired"));
                terms.add(new LeaderHistory.Term(next, at.plusSeconds(9), null, null));
                incidents.add(new LeaderFailover(Incident.idOf(LeaderFailover.class, next, at.plusSeconds(9)), CLUSTER,
                        leader, at, "zoo-keeper-session-expired", next, at.plusSeconds(9), 100L, 100,
                        at.plusSeconds(20), null, LeaderFailover.Readiness.NONE, false));
                leader = next;
                continue;
            }
            if (i % 150 == 75) {
                incidents.add(new LeaderlessPeriod(Incident.idOf(LeaderlessPeriod.class, CLUSTER, at), CLUSTER, at,
                        at.plusSeconds(95), List.of("no-leader-elected"), List.of("master-1", "master-2"), false));
                continue;
            }
            if (i % 250 == 100) {
                incidents.add(new RegionOutage(Incident.idOf(RegionOutage.class, "oslo", at), CLUSTER, "oslo",
                        List.of(agent(i + 1), agent(i + 3)), at, at.plusSeconds(300), List.of(), false, false));
                continue;
            }
            if (i % 50 == 25) {
                incidents.add(new TaskRescheduling(Incident.idOf(TaskRescheduling.class, "app" + i % 7 + ".t" + i, at),
                        CLUSTER, "app" + i % 7, "app" + i % 7 + ".t" + i, "TASK_LOST", at, agent(i),
                        "app" + i % 7 + ".u" + i, at.plusSeconds(40), agent(i + 1), false));
                continue;
            }
            failover(i, at, incidents);
        }
        return new AnalysisResult(incidents.subList(0, count), ParseStats.empty(), List.of("big.log"), List.of(),
                List.of(), START, List.of(), START.plusSeconds(20L * count),
                List.of(new LeaderHistory(CLUSTER, List.of(new LeaderHistory.Master("master-0", "10.0.0.5"),
                        new LeaderHistory.Master("master-1", "192.168.0.5"), new LeaderHistory.Master("master-2", null)),
                        terms)), List.of(), UnknownLineReport.empty(), List.of());
    }

    private static void failover(int i, Instant at, List<Incident> incidents) {
        ProcessAddress agent = agent(i);
        Instant acted = at.plusSeconds(78);
        Instant back = at.plusSeconds(112);
        String id = "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80-S" + i;
        incidents.add(new AgentFailover(Incident.idOf(AgentFailover.class, agent.toString(), at), CLUSTER, agent,
                agent.host(), "master-0", List.of(new AgentId(id), new AgentId(id + "1")), at, "disconnected", false,
                acted, "health check timed out", at.plusSeconds(84), back, "agent-registered",
                AgentOutcome.REMOVED_THEN_REJOINED, null, false));
        incidents.add(new TimeoutCompliance(Incident.idOf(TimeoutCompliance.class, agent.toString(), at), CLUSTER,
                TimeoutCompliance.ComplianceCheck.HEALTH_CHECK, agent, new AgentId(id), "master-0", at, acted,
                at.plusSeconds(75), at.plus(Duration.ofSeconds(90)), i % 9 == 0 ? TimeoutCompliance.Verdict.LATE
                        : TimeoutCompliance.Verdict.WITHIN, false, false));
    }

    private static ProcessAddress agent(int i) {
        String subnet = i % 2 == 0 ? "10.0." : "192.168.";
        return new ProcessAddress(subnet + (i / 250 % 250) + "." + (i % 250 + 1), 5051);
    }
}
