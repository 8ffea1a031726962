package io.mesosfailover.cli;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.cli.html.IncidentSections;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.Seconds;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The report for people: incidents by kind, the slowest failovers, compliance verdicts, leaders, parse health and
 * the most frequent templates of unknown lines. A
 * section with nothing to show says {@code none} once; text from the logs is written with its control characters
 * escaped ({@link ReportPrinter}).
 */
final class TableReport implements IncidentSections {

    static final int SLOWEST = 10;
    static final int UNKNOWN_TEMPLATES = 10;
    /** What a section with nothing to show says. */
    static final String NONE = "  none";

    private final PrintWriter out;

    private TableReport(PrintWriter out) {
        this.out = out;
    }

    static void write(AnalysisResult result, PrintWriter destination) {
        PrintWriter out = new ReportPrinter(destination);
        new TableReport(out).sections(result);
        out.flush();
    }

    private void sections(AnalysisResult result) {
        List<Incident> incidents = result.incidents();
        out.println("INCIDENTS BY KIND");
        Map<String, Long> byKind = incidents.stream()
                .collect(Collectors.groupingBy(Incident::kind, TreeMap::new, Collectors.counting()));
        byKind.forEach((kind, count) -> out.printf(Locale.ROOT, "  %-22s %6d%n", kind, count));
        if (byKind.isEmpty()) {
            out.println(NONE);
        }
        long wentBack = incidents.stream().filter(Incident::timesWentBack).count();
        if (wentBack > 0) {
            out.printf(Locale.ROOT, "  %d of them open while a master's clock went back (timesWentBack: their"
                    + " times and durations are not to be trusted; see the warnings)%n", wentBack);
        }
        writeByKind(incidents);
        parseHealth(result, out);
        out.println();
        UnknownLinesTable.write(result.unknownLines(), UNKNOWN_TEMPLATES, out);
    }

    @Override
    public void agentFailovers(List<AgentFailover> failovers) {
        heading("AGENT FAILOVERS BY OUTCOME", failovers.isEmpty());
        if (failovers.isEmpty()) {
            return;
        }
        failovers.stream().collect(Collectors.groupingBy(failover -> lower(failover.outcome()), TreeMap::new,
                Collectors.counting())).forEach((outcome, count) -> out.printf(Locale.ROOT, "  %-32s %6d%n", outcome, count));
        out.println();
        out.printf(Locale.ROOT, "SLOWEST AGENT FAILOVERS (top %d by downtime)%n", SLOWEST);
        out.printf(Locale.ROOT, "  %-22s %-27s %12s  %-29s %s%n", "agent", "lost at", "downtime s", "outcome", "ids seen");
        failovers.stream().filter(failover -> failover.downtime() != null)
                .sorted(Comparator.comparing(AgentFailover::downtime).reversed()).limit(SLOWEST)
                .forEach(failover -> out.printf(Locale.ROOT, "  %-22s %-27s %12s  %-29s %s%s%n", failover.agent(),
                        failover.lostAt(), seconds(failover.downtime()), lower(failover.outcome()),
                        failover.agentIds().size(), failover.estimated() ? " (loss time estimated)" : ""));
    }

    @Override
    public void compliance(List<TimeoutCompliance> verdicts) {
        heading("TIMEOUT COMPLIANCE", verdicts.isEmpty());
        verdicts.stream().collect(Collectors.groupingBy(verdict -> lower(verdict.check()) + " " + lower(verdict.verdict()),
                TreeMap::new, Collectors.counting())).forEach((key, count) -> out.printf(Locale.ROOT, "  %-40s %6d%n",
                        key, count));
        verdicts.stream().filter(verdict -> verdict.verdict() != TimeoutCompliance.Verdict.WITHIN)
                .forEach(verdict -> out.printf(Locale.ROOT, "  %-6s %-22s silent since %s, acted %s, window %s..%s%s%n",
                        lower(verdict.verdict()), IncidentSummary.of(verdict).subject(), verdict.silentSince(),
                        verdict.actedAt() == null ? "never" : verdict.actedAt().toString(), verdict.windowStart(),
                        verdict.windowEnd(), verdict.rateLimited() ? " (removal rate limit configured)" : ""));
    }

    @Override
    public void leaders(List<LeaderFailover> failovers, List<LeaderlessPeriod> periods) {
        heading("LEADER FAILOVERS", failovers.isEmpty() && periods.isEmpty());
        for (LeaderFailover failover : failovers) {
            out.printf(Locale.ROOT, "  %s -> %s elected %s, gap %s s (from %s), agents back %d of %s%s%n",
                    failover.oldLeader(), failover.newLeader(), failover.electedAt(), seconds(failover.gap()),
                    failover.lastSignKind(), failover.agentsReregistered(),
                    failover.agentsExpected() == null ? "?" : failover.agentsExpected().toString(),
                    failover.recovery() == null ? "" : " in " + seconds(failover.recovery()) + " s");
            String readiness = readiness(failover);
            if (!readiness.isEmpty()) {
                out.println("    " + readiness);
            }
        }
        for (LeaderlessPeriod period : periods) {
            out.printf(Locale.ROOT, "  no leader from %s to %s (%s s), seen by %s%n", period.start(),
                    period.end() == null ? "the end of the logs" : period.end().toString(), seconds(period.duration()),
                    String.join(", ", period.masters()));
        }
    }

    @Override
    public void regions(List<RegionOutage> outages) {
        heading("REGION OUTAGES", outages.isEmpty());
        for (RegionOutage outage : outages) {
            out.printf(Locale.ROOT, "  %-12s %d agents from %s to %s (%s s)%s%s%n", outage.region(),
                    outage.agents().size(), outage.start(),
                    outage.end() == null ? "the end of the logs" : outage.end().toString(), seconds(outage.duration()),
                    mastersDown(outage), outage.timesWentBack() ? " (times went back)" : "");
        }
    }

    @Override
    public void tasks(List<TaskRescheduling> reschedulings) {
        out.println();
        out.println("TASK RESCHEDULING");
        List<Duration> latencies = reschedulings.stream().map(Incident::duration).filter(latency -> latency != null)
                .sorted().collect(Collectors.toList());
        out.printf(Locale.ROOT, "  lost %d, relaunched %d, latency median %s s, max %s s%n", reschedulings.size(),
                latencies.size(), latencies.isEmpty() ? "-" : seconds(latencies.get(latencies.size() / 2)),
                latencies.isEmpty() ? "-" : seconds(latencies.get(latencies.size() - 1)));
    }

    /** Starts a section: a blank line and its title, then {@link #NONE} when it has nothing to show. */
    private void heading(String title, boolean empty) {
        out.println();
        out.println(title);
        if (empty) {
            out.println(NONE);
        }
    }

    private static void parseHealth(AnalysisResult result, PrintWriter out) {
        ParseStats stats = result.stats();
        out.println();
        out.println("PARSE HEALTH");
        out.printf(Locale.ROOT, "  files %d, lines %d, events %d, unrecognised %d, malformed %d%n", result.files().size(),
                stats.lines(), stats.events(), stats.unrecognized(), stats.malformed());
        result.malformedSamples().forEach(sample -> out.println("  malformed: " + sample));
    }

    /**
     * @return the second line of a leader failover: why the old leader died, how long the new one refused agents
     *     and frameworks, when its allocator was back, its frameworks back N of M; empty when none was logged
     */
    private static String readiness(LeaderFailover failover) {
        LeaderFailover.Readiness readiness = failover.readiness();
        List<String> parts = new ArrayList<>();
        if (failover.lossCause() != null) {
            parts.add("old leader died of " + failover.lossCause());
        }
        if (readiness.messagesDropped() > 0) {
            parts.add(String.format(Locale.ROOT, "refused agents and frameworks for %s s after the election (%d"
                    + " messages dropped)", seconds(failover.refusing()), readiness.messagesDropped()));
        }
        if (readiness.allocatorRecovery() != null) {
            parts.add("allocator " + readiness.allocatorRecovery() + " its recovery after "
                    + seconds(failover.allocatorRecovery()) + " s");
        }
        if (readiness.frameworksExpected() != null) {
            parts.add("frameworks back " + readiness.frameworksResubscribed() + " of " + readiness.frameworksExpected());
        }
        return String.join("; ", parts);
    }

    /** @return {@code , masters down: m3 (zoo-keeper-connection-lost)}, the leader said, or nothing */
    private static String mastersDown(RegionOutage outage) {
        if (outage.masters().isEmpty()) {
            return "";
        }
        return ", masters down: " + outage.masters().stream().map(master -> master.master() + " (" + master.sign()
                + (master.leading() ? ", the leader" : "") + ")").collect(Collectors.joining(", "));
    }

    private static String seconds(Duration duration) {
        return duration == null ? "-" : Seconds.of(duration).toPlainString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
