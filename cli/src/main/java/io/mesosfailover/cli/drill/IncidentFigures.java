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
        return ordered("downtime_s", seconds(failover.downtime()), "outcome", lower(failover.outcome()),
                "removed", failover.removedAt() != null, "ids", failover.agentIds().size());
    }

    @Override
    public Map<String, Object> visitTimeoutCompliance(TimeoutCompliance compliance) {
        String window = seconds(Duration.between(compliance.silentSince(), compliance.windowStart())).toPlainString()
                + ".." + seconds(Duration.between(compliance.silentSince(), compliance.windowEnd())).toPlainString();
        return ordered("verdict", lower(compliance.verdict()), "elapsed_s", seconds(compliance.elapsed()),
                "window_s", window);
    }

    @Override
    public Map<String, Object> visitLeaderFailover(LeaderFailover failover) {
        String expected = failover.agentsExpected() == null ? "?" : failover.agentsExpected().toString();
        return ordered("gap_s", seconds(failover.gap()), "recovery_s", seconds(failover.recovery()),
                "agents_back", failover.agentsReregistered() + " of " + expected);
    }

    @Override
    public Map<String, Object> visitLeaderlessPeriod(LeaderlessPeriod period) {
        return ordered("duration_s", seconds(period.duration()), "masters", String.join(", ", period.masters()));
    }

    @Override
    public Map<String, Object> visitRegionOutage(RegionOutage outage) {
        return ordered("duration_s", seconds(outage.duration()), "agents", outage.agents().size());
    }

    @Override
    public Map<String, Object> visitTaskRescheduling(TaskRescheduling rescheduling) {
        return ordered("latency_s", seconds(rescheduling.duration()),
                "relaunched", rescheduling.relaunchedTaskId() != null);
    }

    /** @return the figures named and valued in turn, in that order; a value may be {@code null} (open incident) */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
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
