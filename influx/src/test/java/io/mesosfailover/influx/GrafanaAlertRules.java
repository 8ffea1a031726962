package io.mesosfailover.influx;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test helper: Grafana's file-provisioned alert rules ({@code provisioning/alerting/*.yaml}) evaluated as Grafana
 * evaluates them, against a real InfluxDB: at each evaluation of its group, the rule's InfluxQL query over its
 * relative time range, then per series (its tags are the alert's labels) the reduction, then the threshold. A
 * series whose condition holds is pending until the rule's {@code for} has passed, then firing. A query without
 * series is no data, which these rules map to OK. Anything else in a rule fails the test rather than being guessed.
 */
final class GrafanaAlertRules {

    private GrafanaAlertRules() {
    }

    /**
     * One rule: a query (A), a reduction of each of its series (B), a threshold (C).
     *
     * @param uid the rule's uid
     * @param interval how often its group is evaluated
     * @param pending its {@code for}
     * @param query the InfluxQL query, with {@code $timeFilter}
     * @param range how far back the query's relative time range reaches
     * @param reducer {@code last}, {@code max}, {@code min}, {@code mean}, {@code sum} or {@code count}
     * @param dropNonNumbers whether the reduction drops nulls and NaN ({@code dropNN}) or keeps them (strict)
     * @param evaluator {@code gt} or {@code lt}
     * @param limit the threshold's parameter
     */
    record Rule(String uid, Duration interval, Duration pending, String query, Duration range, String reducer,
            boolean dropNonNumbers, String evaluator, double limit) {
    }

    /** @return the rules of a provisioning file, in file order */
    static List<Rule> load(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        List<Rule> rules = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            Duration interval = duration(group.path("interval").asText());
            for (JsonNode rule : group.path("rules")) {
                rules.add(rule(rule, interval));
            }
        }
        return rules;
    }

    private static Rule rule(JsonNode rule, Duration interval) {
        Map<String, JsonNode> data = new LinkedHashMap<>();
        rule.path("data").forEach(query -> data.put(query.path("refId").asText(), query));
        JsonNode threshold = require(data, rule.path("condition").asText(), "threshold");
        JsonNode reduce = require(data, threshold.path("model").path("expression").asText(), "reduce");
        JsonNode query = data.get(reduce.path("model").path("expression").asText());
        if (query == null || !query.path("model").path("rawQuery").asBoolean() || data.size() != 3
                || !"OK".equals(rule.path("noDataState").asText())) {
            throw new IllegalArgumentException("rule " + rule.path("uid") + " is not query, reduce, threshold with"
                    + " no data OK");
        }
        JsonNode condition = threshold.path("model").path("conditions");
        if (condition.size() != 1) {
            throw new IllegalArgumentException("rule " + rule.path("uid") + ": one threshold condition expected");
        }
        JsonNode evaluator = condition.path(0).path("evaluator");
        String mode = reduce.path("model").path("settings").path("mode").asText("");
        return new Rule(rule.path("uid").asText(), interval, duration(rule.path("for").asText("0s")),
                query.path("model").path("query").asText(),
                Duration.ofSeconds(query.path("relativeTimeRange").path("from").asLong()),
                reduce.path("model").path("reducer").asText(), mode.equals("dropNN"),
                evaluator.path("type").asText(), evaluator.path("params").path(0).asDouble());
    }

    private static JsonNode require(Map<String, JsonNode> data, String refId, String type) {
        JsonNode node = requireNonNull(data.get(refId), "no query " + refId);
        if (!node.path("datasourceUid").asText().equals("__expr__")
                || !node.path("model").path("type").asText().equals(type)) {
            throw new IllegalArgumentException(refId + " is not a " + type + " expression: " + node);
        }
        return node;
    }

    /**
     * Evaluates a rule once, at {@code now}.
     *
     * @return the value of the reduction of each series, by its labels (empty: no data)
     */
    static Map<Map<String, String>, Double> evaluate(Rule rule, Instant now, Influxd influxd, String database)
            throws IOException, InterruptedException {
        String query = GrafanaMacros.fill(rule.query(), now.minus(rule.range()), now, "10s", Map.of());
        Map<Map<String, String>, Double> reduced = new LinkedHashMap<>();
        for (JsonNode series : influxd.query(query, database).path("series")) {
            Map<String, String> labels = new TreeMap<>();
            series.path("tags").properties().forEach(tag -> labels.put(tag.getKey(), tag.getValue().asText()));
            List<Double> values = new ArrayList<>();
            for (JsonNode row : series.path("values")) {
                JsonNode value = row.path(1);
                if (value.isNumber()) {
                    values.add(value.asDouble());
                } else if (!rule.dropNonNumbers()) {
                    values.add(Double.NaN);
                }
            }
            double value = reduce(rule.reducer(), values);
            if (Double.isNaN(value)) {
                // Grafana may fire on NaN (or call it no data, depending on the version): a rule must never give it.
                throw new IllegalStateException(rule.uid() + " gives NaN for " + labels + " at " + now + ": " + query);
            }
            if (reduced.put(labels, value) != null) {
                throw new IllegalStateException(rule.uid() + ": two series with the labels " + labels);
            }
        }
        return reduced;
    }

    /** @return whether the threshold holds for a reduced value */
    static boolean holds(Rule rule, double value) {
        switch (rule.evaluator()) {
            case "gt":
                return value > rule.limit();
            case "lt":
                return value < rule.limit();
            default:
                throw new IllegalArgumentException("evaluator " + rule.evaluator() + " not simulated");
        }
    }

    /**
     * Evaluates a rule at every evaluation of its group from {@code from} to {@code to} (aligned to its interval),
     * with its pending period.
     *
     * @return the evaluations at which each label set was firing
     */
    static Map<Map<String, String>, List<Instant>> firing(Rule rule, Influxd influxd, String database, Instant from,
            Instant to) throws IOException, InterruptedException {
        long step = rule.interval().toMillis();
        Map<Map<String, String>, Instant> pendingSince = new LinkedHashMap<>();
        Map<Map<String, String>, List<Instant>> firing = new LinkedHashMap<>();
        for (Instant at = Instant.ofEpochMilli(from.toEpochMilli() / step * step); !at.isAfter(to);
                at = at.plusMillis(step)) {
            Instant now = at;
            Map<Map<String, String>, Double> values = evaluate(rule, now, influxd, database);
            for (Map.Entry<Map<String, String>, Double> value : values.entrySet()) {
                if (!holds(rule, value.getValue())) {
                    pendingSince.remove(value.getKey());
                    continue;
                }
                Instant since = pendingSince.computeIfAbsent(value.getKey(), labels -> now);
                if (!now.isBefore(since.plus(rule.pending()))) {
                    firing.computeIfAbsent(value.getKey(), labels -> new ArrayList<>()).add(now);
                }
            }
            pendingSince.keySet().retainAll(values.keySet());
        }
        return firing;
    }

    private static double reduce(String reducer, List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        switch (reducer) {
            case "last":
                return values.get(values.size() - 1);
            case "max":
                return values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
            case "min":
                return values.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
            case "mean":
                return values.stream().mapToDouble(Double::doubleValue).average().getAsDouble();
            case "sum":
                return values.stream().mapToDouble(Double::doubleValue).sum();
            case "count":
                return values.size();
            default:
                throw new IllegalArgumentException("reducer " + reducer + " not simulated");
        }
    }

    private static Duration duration(String text) {
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        switch (text.charAt(text.length() - 1)) {
            case 's':
                return Duration.ofSeconds(amount);
            case 'm':
                return Duration.ofMinutes(amount);
            case 'h':
                return Duration.ofHours(amount);
            default:
                throw new IllegalArgumentException("not a duration: " + text);
        }
    }
}
