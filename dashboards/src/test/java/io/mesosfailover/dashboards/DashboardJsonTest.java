package io.mesosfailover.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboards, their annotations and the alert rules refer to the provisioned data source and name only
 * measurements, tags and fields of the schema; every rule is a query, a reduction and a threshold.
 */
class DashboardJsonTest {

    private static final Path GRAFANA = Path.of("grafana");
    private static final Path SCHEMA = Path.of("..", "docs", "metrics-schema.md");
    private static final Pattern HEADING = Pattern.compile("^### `([a-z_]+)`$");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| (tag|field) \\|");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern ALIAS = Pattern.compile("AS \"([^\"]+)\"");
    private static final Pattern FROM = Pattern.compile("FROM ((?:\"[a-z_]+\"(?:, )?)+)");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldUseFixedUidsAndTheProvisionedDataSource() throws IOException {
        // Given
        String datasources = Files.readString(GRAFANA.resolve("provisioning/datasources/mesos-failover.yaml"));
        Matcher uid = Pattern.compile("uid: (\\S+)").matcher(datasources);
        assertThat(uid.find()).isTrue();

        // When
        List<JsonNode> dashboards = dashboards();

        // Then
        assertThat(dashboards).extracting(dashboard -> dashboard.path("uid").asText())
                .containsExactlyInAnyOrder("mesos-failover-overview", "mesos-failover-agent");
        for (JsonNode dashboard : dashboards) {
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : dashboard.path("panels")) {
                assertThat(ids.add(panel.path("id").asInt())).as("panel id unique").isTrue();
                assertThat(panel.path("datasource").path("uid").asText()).isEqualTo(uid.group(1));
                assertThat(panel.path("targets")).isNotEmpty().allSatisfy(target -> {
                    assertThat(target.path("datasource").path("uid").asText()).isEqualTo(uid.group(1));
                    assertThat(target.path("rawQuery").asBoolean()).isTrue();
                });
            }
            assertThat(dashboard.path("templating").path("list")).allSatisfy(variable ->
                    assertThat(variable.path("datasource").path("uid").asText()).isEqualTo(uid.group(1)));
            assertThat(dashboard.path("annotations").path("list")).allSatisfy(annotation -> {
                assertThat(annotation.path("datasource").path("uid").asText()).isEqualTo(uid.group(1));
                assertThat(annotation.path("query").asText()).startsWith("SELECT \"id\"");
                assertThat(annotation.path("textColumn").asText()).isEqualTo("id");
            });
        }
    }

    @Test
    void shouldNameOnlyMeasurementsTagsAndFieldsOfTheSchema() throws IOException {
        // Given
        Map<String, Set<String>> schema = schema();

        // When
        List<String> queries = new ArrayList<>();
        for (JsonNode dashboard : dashboards()) {
            dashboard.path("panels").forEach(panel -> panel.path("targets")
                    .forEach(target -> queries.add(target.path("query").asText())));
            dashboard.path("templating").path("list").forEach(variable -> queries.add(variable.path("query").asText()));
            dashboard.path("annotations").path("list").forEach(annotation -> queries.add(annotation.path("query")
                    .asText()));
        }
        for (JsonNode rule : alertRules()) {
            queries.add(rule.path("data").path(0).path("model").path("query").asText());
        }

        // Then
        assertThat(schema).containsKeys("agent_failover", "timeout_compliance", "leader_failover",
                "leaderless_period", "region_outage", "task_rescheduling", "parse_health");
        assertThat(queries).hasSizeGreaterThan(10).allSatisfy(query -> {
            Set<String> measurements = measurements(query);
            Set<String> aliases = matches(ALIAS, query);
            Set<String> allowed = new HashSet<>(aliases);
            allowed.addAll(measurements);
            for (String measurement : measurements.isEmpty() ? schema.keySet() : measurements) {
                assertThat(schema).as(query).containsKey(measurement);
                allowed.addAll(schema.get(measurement));
            }
            assertThat(matches(QUOTED, query)).as(query).isSubsetOf(allowed);
        });
    }

    @Test
    void shouldProvisionAlertRulesThatReduceAndThresholdAQueryOfTheProvisionedDataSource() throws IOException {
        // Given
        Matcher uid = Pattern.compile("uid: (\\S+)").matcher(Files.readString(
                GRAFANA.resolve("provisioning/datasources/mesos-failover.yaml")));
        assertThat(uid.find()).isTrue();
        Map<String, Set<Integer>> panels = new TreeMap<>();
        for (JsonNode dashboard : dashboards()) {
            Set<Integer> ids = new HashSet<>();
            dashboard.path("panels").forEach(panel -> ids.add(panel.path("id").asInt()));
            panels.put(dashboard.path("uid").asText(), ids);
        }

        // When
        List<JsonNode> rules = alertRules();

        // Then
        assertThat(rules).extracting(rule -> rule.path("uid").asText()).doesNotHaveDuplicates().containsExactly(
                "mesos-failover-no-leader", "mesos-failover-agent-down", "mesos-failover-compliance",
                "mesos-failover-unknown-lines");
        assertThat(rules).allSatisfy(rule -> {
            JsonNode data = rule.path("data");
            assertThat(data).hasSize(3);
            assertThat(data.path(0).path("datasourceUid").asText()).isEqualTo(uid.group(1));
            assertThat(data.path(0).path("model").path("rawQuery").asBoolean()).isTrue();
            assertThat(data.path(0).path("relativeTimeRange").path("from").asInt()).isPositive();
            assertThat(data.path(0).path("model").path("query").asText()).contains("$timeFilter");
            JsonNode reduce = data.path(1).path("model");
            assertThat(data.path(1).path("datasourceUid").asText()).isEqualTo("__expr__");
            assertThat(reduce.path("type").asText()).isEqualTo("reduce");
            assertThat(reduce.path("expression").asText()).isEqualTo(data.path(0).path("refId").asText());
            JsonNode threshold = data.path(2).path("model");
            assertThat(threshold.path("type").asText()).isEqualTo("threshold");
            assertThat(threshold.path("expression").asText()).isEqualTo(data.path(1).path("refId").asText());
            assertThat(rule.path("condition").asText()).isEqualTo(data.path(2).path("refId").asText());
            assertThat(rule.path("noDataState").asText()).isEqualTo("OK");
            assertThat(panels.get(rule.path("dashboardUid").asText())).contains(rule.path("panelId").asInt());
        });
    }

    private List<JsonNode> alertRules() throws IOException {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(GRAFANA.resolve(
                "provisioning/alerting/mesos-failover.yaml").toFile());
        assertThat(file.path("apiVersion").asInt()).isEqualTo(1);
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode group : file.path("groups")) {
            assertThat(group.path("folder").asText()).isEqualTo("Mesos failover");
            group.path("rules").forEach(rules::add);
        }
        return rules;
    }

    private static Set<String> measurements(String query) {
        Matcher from = FROM.matcher(query);
        return from.find() ? matches(QUOTED, from.group(1)) : Set.of();
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private List<JsonNode> dashboards() throws IOException {
        List<JsonNode> dashboards = new ArrayList<>();
        try (Stream<Path> files = Files.list(GRAFANA.resolve("dashboards"))) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                dashboards.add(mapper.readTree(file.toFile()));
            }
        }
        return dashboards;
    }

    private static Map<String, Set<String>> schema() throws IOException {
        Map<String, Set<String>> schema = new TreeMap<>();
        Set<String> current = null;
        for (String line : Files.readAllLines(SCHEMA, StandardCharsets.UTF_8)) {
            Matcher heading = HEADING.matcher(line);
            Matcher row = ROW.matcher(line);
            if (heading.matches()) {
                current = schema.computeIfAbsent(heading.group(1), name -> new HashSet<>());
            } else if (row.find() && current != null) {
                current.add(row.group(1));
            }
        }
        return schema;
    }
}
