package io.mesosfailover.influx;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Test helper: what each dashboard panel must show, computed from the incidents and statistics of an analysis (not
 * from the points written), as rows {@code measurement{tag=value} @time column=value ...}, and the same rows read
 * from an InfluxQL answer. Aggregates carry no time (InfluxDB gives them the start of the range); series grouped by
 * time are summed over the buckets.
 */
final class DashboardOracle {

    private static final String OVERVIEW = "mesos-failover-overview|";
    private static final String AGENT = "mesos-failover-agent|";

    private final AnalysisResult result;

    DashboardOracle(AnalysisResult result) {
        this.result = result;
    }

    /** @return the agents (host:port) of the agent failovers */
    Set<String> agents() {
        return of(AgentFailover.class).stream().map(failover -> failover.agent().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> expected(String uid, String title, Map<String, String> variables) {
        String agent = variables.get("agent");
        switch (uid + "|" + title.replace("$agent", "AGENT")) {
            case OVERVIEW + "Incidents over time":
                return countBy(result.incidents(), incident -> measurement(incident), incident -> Map.of());
            case OVERVIEW + "Agent failover downtime":
                return rowsOf(of(AgentFailover.class), failover -> row("agent_failover",
                        Map.of("agent", failover.agent().toString()), failover.start(), "downtime_s",
                        failover.downtime()));
            case OVERVIEW + "Agent failovers by outcome":
                return countBy(of(AgentFailover.class), failover -> "agent_failover",
                        failover -> Map.of("outcome", lower(failover.outcome())));
            case OVERVIEW + "Longest downtime by agent":
                return longestDowntime();
            case OVERVIEW + "Timeout compliance verdicts":
                return countBy(of(TimeoutCompliance.class), compliance -> "timeout_compliance", compliance -> Map.of(
                        "check", lower(compliance.check()), "verdict", lower(compliance.verdict())));
            case OVERVIEW + "Leader failover gaps":
                return rowsOf(of(LeaderFailover.class), failover -> row("leader_failover",
                        Map.of("host", failover.newLeader()), failover.start(), "gap_s", failover.gap(),
                        "recovery_s", failover.recovery()));
            case OVERVIEW + "Leaderless periods":
                return rowsOf(of(LeaderlessPeriod.class), period -> row("leaderless_period", Map.of(), period.start(),
                        "duration_s", period.duration(), "masters", String.join(",", period.masters()),
                        "evidence", String.join(",", period.evidence())));
            case OVERVIEW + "Region outages":
                return rowsOf(of(RegionOutage.class), outage -> row("region_outage", Map.of("region", outage.region()),
                        outage.start(), "duration_s", outage.duration(), "agent_count", outage.agents().size(),
                        "agents", outage.agents().stream().map(ProcessAddress::toString)
                                .collect(Collectors.joining(","))));
            case OVERVIEW + "Task rescheduling latency":
                return rowsOf(of(TaskRescheduling.class), task -> row("task_rescheduling",
                        Map.of("state", task.lostState()), task.start(), "duration_s", task.duration()));
            case OVERVIEW + "Parse health":
                return Set.of(row("parse_health", Map.of("host", "all"), null, "lines", result.stats().lines(),
                        "events", result.stats().events(), "unrecognized", result.stats().unrecognized(),
                        "malformed", result.stats().malformed()));
            case OVERVIEW + "Cluster state now":
                return result.states().stream().map(state -> row("cluster_state", Map.of("cluster", state.cluster()),
                        null, "agents_down", state.agentsDown(), "agents_removed", state.agentsRemoved(),
                        "agents_known", state.agentsKnown(), "leader", state.leader()))
                        .collect(Collectors.toCollection(TreeSet::new));
            case AGENT + "Downtime of AGENT":
                return rowsOf(ofAgent(AgentFailover.class, agent), failover -> row("agent_failover", Map.of(),
                        failover.start(), "downtime_s", failover.downtime()));
            case AGENT + "Failovers of AGENT":
                return rowsOf(ofAgent(AgentFailover.class, agent), failover -> row("agent_failover",
                        Map.of("outcome", lower(failover.outcome())), failover.start(), "downtime_s",
                        failover.downtime(), "removed_after_s", failover.removedAt() == null ? null
                                : Duration.between(failover.lostAt(), failover.removedAt()), "agent_ids",
                        failover.agentIds().stream().map(id -> id.value()).collect(Collectors.joining(",")),
                        "recovered_by", failover.recoveredBy()));
            case AGENT + "Health-check verdicts of AGENT":
                return rowsOf(ofAgent(TimeoutCompliance.class, agent), compliance -> row("timeout_compliance",
                        Map.of("check", lower(compliance.check()), "verdict", lower(compliance.verdict())),
                        compliance.start(), "elapsed_s", compliance.elapsed(), "window_start_s",
                        Duration.between(compliance.silentSince(), compliance.windowStart()), "window_end_s",
                        Duration.between(compliance.silentSince(), compliance.windowEnd())));
            case AGENT + "Tasks lost on AGENT":
                return countBy(ofAgent(TaskRescheduling.class, agent), task -> "task_rescheduling",
                        task -> Map.of("state", task.lostState()));
            default:
                throw new AssertionError("no expected values for panel '" + title + "' of " + uid
                        + ": every panel must be checked");
        }
    }

    /** @return the rows of an InfluxQL answer, normalised as {@link #expected} writes them */
    static Set<String> rows(JsonNode answer, String query) {
        boolean byTime = query.contains("GROUP BY time(");
        boolean aggregate = byTime || query.matches("(?s).*\\b(count|max|last)\\(.*");
        Set<String> rows = new TreeSet<>();
        for (JsonNode series : answer.path("series")) {
            Map<String, String> tags = new TreeMap<>();
            series.path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
            List<String> columns = java.util.stream.StreamSupport.stream(series.path("columns").spliterator(), false)
                    .map(JsonNode::asText).collect(Collectors.toList());
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            for (JsonNode values : series.path("values")) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i < columns.size(); i++) {
                    JsonNode value = values.path(i);
                    row.put(columns.get(i), value.isNull() ? null : value.isNumber() ? value.decimalValue()
                            : value.asText());
                }
                if (byTime) {
                    row.forEach((column, value) -> sums.merge(column, (BigDecimal) value, BigDecimal::add));
                } else {
                    Instant time = aggregate ? null : Instant.ofEpochMilli(values.path(0).asLong());
                    rows.add(format(series.path("name").asText(), tags, time, row));
                }
            }
            if (byTime) {
                rows.add(format(series.path("name").asText(), tags, null, new LinkedHashMap<>(sums)));
            }
        }
        return rows;
    }

    private Set<String> longestDowntime() {
        Map<String, Duration> longest = new TreeMap<>();
        for (AgentFailover failover : of(AgentFailover.class)) {
            if (failover.downtime() != null) {
                longest.merge(failover.agent().toString(), failover.downtime(),
                        (left, right) -> left.compareTo(right) >= 0 ? left : right);
            }
        }
        Set<String> rows = new TreeSet<>();
        longest.forEach((agent, downtime) -> rows.add(row("agent_failover", Map.of("agent", agent), null, "max",
                downtime)));
        return rows;
    }

    private <T extends Incident> Set<String> countBy(List<T> incidents, Function<T, String> measurement,
            Function<T, Map<String, String>> tags) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Map<String, String>> tagsByKey = new TreeMap<>();
        for (T incident : incidents) {
            String key = measurement.apply(incident) + tags.apply(incident);
            counts.merge(key, 1L, Long::sum);
            tagsByKey.put(key, tags.apply(incident));
        }
        Set<String> rows = new TreeSet<>();
        for (T incident : incidents) {
            String key = measurement.apply(incident) + tags.apply(incident);
            rows.add(row(measurement.apply(incident), tagsByKey.get(key), null, "count", counts.get(key)));
        }
        return rows;
    }

    private static <T> Set<String> rowsOf(List<T> incidents, Function<T, String> row) {
        return incidents.stream().map(row).filter(text -> text != null).collect(Collectors.toCollection(TreeSet::new));
    }

    /** @return a row of alternating column names and values; {@code null} when every value is {@code null} */
    private static String row(String measurement, Map<String, String> tags, Instant time, Object... columns) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean any = false;
        for (int i = 0; i < columns.length; i += 2) {
            Object value = columns[i + 1];
            if (value instanceof Duration) {
                value = MetricPoint.seconds((Duration) value);
            }
            values.put((String) columns[i], value instanceof Number ? new BigDecimal(value.toString()) : value);
            any |= value != null;
        }
        return any ? format(measurement, new TreeMap<>(tags), time, values) : null;
    }

    private static String format(String measurement, Map<String, String> tags, Instant time,
            Map<String, Object> values) {
        StringBuilder text = new StringBuilder(measurement).append(tags);
        if (time != null) {
            text.append(" @").append(Instant.ofEpochMilli(time.toEpochMilli()));
        }
        for (Iterator<Map.Entry<String, Object>> it = values.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Object> value = it.next();
            if (value.getValue() != null) {
                Object shown = value.getValue() instanceof BigDecimal ? ((BigDecimal) value.getValue())
                        .setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() : value.getValue();
                text.append(' ').append(value.getKey()).append('=').append(shown);
            }
        }
        return text.toString();
    }

    private <T extends Incident> List<T> of(Class<T> kind) {
        return result.incidents().stream().filter(kind::isInstance).map(kind::cast).collect(Collectors.toList());
    }

    private <T extends Incident> List<T> ofAgent(Class<T> kind, String agent) {
        return of(kind).stream().filter(incident -> agent.equals(String.valueOf(agentOf(incident))))
                .collect(Collectors.toList());
    }

    private static ProcessAddress agentOf(Incident incident) {
        if (incident instanceof AgentFailover) {
            return ((AgentFailover) incident).agent();
        } else if (incident instanceof TimeoutCompliance) {
            return ((TimeoutCompliance) incident).agent();
        }
        return ((TaskRescheduling) incident).lostOn();
    }

    private static String measurement(Incident incident) {
        return incident.kind().replace('-', '_');
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
