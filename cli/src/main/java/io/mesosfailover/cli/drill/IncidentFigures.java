package io.mesosfailover.cli.drill;

import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.IncidentVisitor;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.Seconds;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The figures a verdict quotes from the incident that decided it, per kind; seconds as in the JSON report. */
final class IncidentFigures implements IncidentVisitor<Map<String, Object>> {

    private static final IncidentFigures FIGURES = new IncidentFigures();

    private IncidentFigures() {
    }

    /** @return the figures of an incident, in a stable order */
    static Map<String, Object> of(Incident incident) {
        return incident.accept(FIGURES);
    }

    @Override
    public Map<String, Object> visitAgentFailover(AgentFailover failover) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("downtime_s", seconds(failover.downtime()));
        figures.put("outcome", lower(failover.outcome()));
        figures.put("removed", failover.removedAt() != null);
        figures.put("ids", failover.agentIds().size());
        return figures;
    }

    @Override
    public Map<String, Object> visitTimeoutCompliance(TimeoutCompliance compliance) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("verdict", lower(compliance.verdict()));
        figures.put("elapsed_s", seconds(compliance.elapsed()));
        figures.put("window_s", seconds(Duration.between(compliance.silentSince(), compliance.windowStart()))
                .toPlainString() + ".." + seconds(Duration.between(compliance.silentSince(), compliance.windowEnd()))
                .toPlainString());
        return figures;
    }

    @Override
    public Map<String, Object> visitLeaderFailover(LeaderFailover failover) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("gap_s", seconds(failover.gap()));
        figures.put("recovery_s", seconds(failover.recovery()));
        figures.put("agents_back", failover.agentsReregistered() + " of "
                + (failover.agentsExpected() == null ? "?" : failover.agentsExpected()));
        return figures;
    }

    @Override
    public Map<String, Object> visitLeaderlessPeriod(LeaderlessPeriod period) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("duration_s", seconds(period.duration()));
        figures.put("masters", String.join(", ", period.masters()));
        return figures;
    }

    @Override
    public Map<String, Object> visitRegionOutage(RegionOutage outage) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("duration_s", seconds(outage.duration()));
        figures.put("agents", outage.agents().size());
        return figures;
    }

    @Override
    public Map<String, Object> visitTaskRescheduling(TaskRescheduling rescheduling) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("latency_s", seconds(rescheduling.duration()));
        figures.put("relaunched", rescheduling.relaunchedTaskId() != null);
        return figures;
    }

    /** @return seconds as the JSON report gives them, {@code null} for an open incident */
    static BigDecimal seconds(Duration duration) {
        return Seconds.of(duration);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
