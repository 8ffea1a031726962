package io.mesosfailover.cli.html;

import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.Seconds;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The terminal report's tables, as HTML: incidents by kind, slowest failovers, compliance, leaders, regions, tasks. */
final class IncidentTables implements IncidentSections {

    /** As many slowest failovers as the terminal report shows. */
    static final int SLOWEST = 10;

    private final StringBuilder out;

    private IncidentTables(StringBuilder out) {
        this.out = out;
    }

    static void write(List<Incident> incidents, StringBuilder out) {
        HtmlTable byKind = new HtmlTable("incidents-by-kind", "Incidents by kind", "kind", "count");
        counts(incidents.stream().collect(Collectors.groupingBy(Incident::kind, TreeMap::new,
                Collectors.counting())), byKind);
        byKind.write(out);
        new IncidentTables(out).writeByKind(incidents);
    }

    @Override
    public void agentFailovers(List<AgentFailover> failovers) {
        HtmlTable outcomes = new HtmlTable("agent-outcomes", "Agent failovers by outcome", "outcome", "count");
        counts(failovers.stream().collect(Collectors.groupingBy(failover -> lower(failover.outcome()), TreeMap::new,
                Collectors.counting())), outcomes);
        outcomes.write(out);
        HtmlTable slowest = new HtmlTable("slowest-failovers", "Slowest agent failovers (top " + SLOWEST
                + " by downtime)", "agent", "lost at", "downtime s", "outcome", "ids seen", "id");
        failovers.stream().filter(failover -> failover.downtime() != null)
                .sorted(Comparator.comparing(AgentFailover::downtime).reversed()).limit(SLOWEST)
                .forEach(failover -> slowest.row(failover.agent().toString(), time(failover.lostAt())
                        + (failover.estimated() ? " (estimated)" : ""), seconds(failover.downtime()),
                        lower(failover.outcome()), String.valueOf(failover.agentIds().size()), failover.id()));
        slowest.write(out);
    }

    @Override
    public void compliance(List<TimeoutCompliance> verdicts) {
        HtmlTable counts = new HtmlTable("compliance", "Timeout compliance", "check and verdict", "count");
        counts(verdicts.stream().collect(Collectors.groupingBy(verdict -> lower(verdict.check()) + " "
                + lower(verdict.verdict()), TreeMap::new, Collectors.counting())), counts);
        counts.write(out);
        HtmlTable outside = new HtmlTable("compliance-outside", "Verdicts other than within", "verdict", "agent",
                "silent since", "acted", "window", "id");
        verdicts.stream().filter(verdict -> verdict.verdict() != TimeoutCompliance.Verdict.WITHIN)
                .forEach(verdict -> outside.row(lower(verdict.verdict()) + (verdict.rateLimited()
                        ? " (removal rate limit configured)" : ""), subject(verdict), time(verdict.silentSince()),
                        verdict.actedAt() == null ? "never" : time(verdict.actedAt()),
                        time(verdict.windowStart()) + " .. " + time(verdict.windowEnd()), verdict.id()));
        outside.write(out);
    }

    @Override
    public void leaders(List<LeaderFailover> failovers, List<LeaderlessPeriod> periods) {
        HtmlTable leaders = new HtmlTable("leader-failovers", "Leader failovers", "old leader", "new leader",
                "elected", "gap s", "from", "agents back", "recovery s", "id");
        failovers.forEach(failover -> leaders.row(failover.oldLeader(), failover.newLeader(),
                time(failover.electedAt()), seconds(failover.gap()), failover.lastSignKind(),
                failover.agentsReregistered() + " of " + (failover.agentsExpected() == null ? "?"
                        : failover.agentsExpected().toString()), seconds(failover.recovery()), failover.id()));
        leaders.write(out);
        HtmlTable leaderless = new HtmlTable("leaderless-periods", "Leaderless periods", "from", "to", "duration s",
                "seen by", "evidence", "id");
        periods.forEach(period -> leaderless.row(time(period.start()), period.end() == null ? "the end of the logs"
                : time(period.end()), seconds(period.duration()), String.join(", ", period.masters()),
                String.join(", ", period.evidence()), period.id()));
        leaderless.write(out);
    }

    @Override
    public void regions(List<RegionOutage> outages) {
        HtmlTable table = new HtmlTable("region-outages", "Region outages", "region", "agents", "from", "to",
                "duration s", "id");
        outages.forEach(outage -> table.row(outage.region(), String.valueOf(outage.agents().size()),
                time(outage.start()), outage.end() == null ? "the end of the logs" : time(outage.end()),
                seconds(outage.duration()), outage.id()));
        table.write(out);
    }

    @Override
    public void tasks(List<TaskRescheduling> reschedulings) {
        List<Duration> latencies = reschedulings.stream().map(Incident::duration).filter(latency -> latency != null)
                .sorted().collect(Collectors.toList());
        HtmlTable summary = new HtmlTable("task-rescheduling", "Task rescheduling", "lost", "relaunched",
                "latency median s", "latency max s");
        summary.row(String.valueOf(reschedulings.size()), String.valueOf(latencies.size()),
                latencies.isEmpty() ? null : seconds(latencies.get(latencies.size() / 2)),
                latencies.isEmpty() ? null : seconds(latencies.get(latencies.size() - 1)));
        summary.write(out);
        HtmlTable slowest = new HtmlTable("slowest-reschedulings", "Slowest task reschedulings (top " + SLOWEST + ")",
                "task", "state", "lost on", "lost at", "relaunched on", "latency s", "id");
        reschedulings.stream().filter(rescheduling -> rescheduling.duration() != null)
                .sorted(Comparator.comparing(Incident::duration).reversed()).limit(SLOWEST)
                .forEach(rescheduling -> slowest.row(rescheduling.lostTaskId(), rescheduling.lostState(),
                        String.valueOf(rescheduling.lostOn()), time(rescheduling.lostAt()),
                        String.valueOf(rescheduling.relaunchedOn()), seconds(rescheduling.duration()),
                        rescheduling.id()));
        slowest.write(out);
    }

    private static void counts(Map<String, Long> counts, HtmlTable table) {
        counts.forEach((key, count) -> table.row(key, String.valueOf(count)));
    }

    private static String subject(TimeoutCompliance verdict) {
        return verdict.agent() != null ? verdict.agent().toString() : String.valueOf(verdict.agentId());
    }

    static String seconds(Duration duration) {
        return duration == null ? null : Seconds.of(duration).toPlainString();
    }

    static String time(Instant time) {
        return time == null ? null : time.toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
