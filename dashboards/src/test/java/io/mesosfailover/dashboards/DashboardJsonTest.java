package io.mesosfailover.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** The dashboards refer to the provisioned data source and name only measurements, tags and fields of the schema. */
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
