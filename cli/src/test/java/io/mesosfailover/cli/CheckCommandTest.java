package io.mesosfailover.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {

    private static final Path CLUSTER = Path.of("..", "examples", "cluster");
    private static final Path DRILLS = Path.of("..", "examples", "drills");

    @TempDir
    Path folder;

    private static CommandRun check(Path drill, String... more) {
        List<String> arguments = new ArrayList<>(List.of("check", "--expect", drill.toString(), "--regions",
                CLUSTER.resolve("regions.yaml").toString()));
        arguments.addAll(List.of(more));
        arguments.add(CLUSTER.resolve("logs").toString());
        return CommandRun.of(arguments.toArray(new String[0]));
    }

    @Test
    void shouldPassTheStudysFiveDrillsOnTheSampleCluster() throws IOException {
        // Given
        List<Path> drills;
        try (Stream<Path> files = Files.list(DRILLS)) {
            drills = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }

        // When
        List<CommandRun> runs = drills.stream().map(CheckCommandTest::check).toList();

        // Then
        assertThat(drills).hasSize(5);
        for (CommandRun run : runs) {
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("PASS  ").doesNotContain("FAIL  ");
        }
        assertThat(runs.get(drills.indexOf(DRILLS.resolve("semi-isolation.yaml"))).out())
                .contains("PASS  a leaderless period lasts at least 60s and ends within 5m",
                        "leaderless-period/default/2021-03-09T14:50:00Z (duration_s 95, masters mesos-master-1,"
                                + " mesos-master-3)");
        // the five tasks of the three Ireland agents (ground-truth.json), each launched again within 30 s
        assertThat(runs.get(drills.indexOf(DRILLS.resolve("region-outage.yaml"))).out())
                .contains("PASS  tasks lost in ireland between +39m and +46m are relaunched within 120s",
                        "all 5 do: task-rescheduling/", "5 of 5 expectations passed");
    }

    @Test
    void shouldFailWithExitCodeOneAndWriteJunitAndJson() throws Exception {
        // Given
        Path drill = Files.writeString(folder.resolve("strict.yaml"), "drill: strict leader\nexpect:\n"
                + "  - leader-failover: {gap-at-most: 10s}\n  - no-leaderless-period: {longer-than: 60s}\n");
        Path junit = folder.resolve("junit.xml");

        // When
        CommandRun text = check(drill, "--junit", junit.toString());
        CommandRun json = check(drill, "--format", "json");

        // Then
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("FAIL  leader failover: gap at most 10s",
                "the gap was 95 s, more than 10s: leader-failover/mesos-master-3/2021-03-09T14:51:35Z",
                "FAIL  no leaderless period is longer than 60s", "0 of 2 expectations passed");
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode report = Json.mapper().readTree(json.out());
        assertThat(report.get("passed").asBoolean()).isFalse();
        assertThat(report.get("expectations").get(0).get("incident").asText())
                .isEqualTo("leader-failover/mesos-master-3/2021-03-09T14:51:35Z");
        assertThat(report.get("expectations").get(0).get("figures").get("gap_s").asInt()).isEqualTo(95);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/junit-report.xsd")).newValidator()
                .validate(new StreamSource(junit.toFile()));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2);
        assertThat(((Element) failures.item(0)).getAttribute("message")).startsWith("the gap was 95 s");
        assertThat(((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("name"))
                .isEqualTo("leader failover: gap at most 10s");
    }

    @Test
    void shouldRejectABadDrillFileWithExitCodeTwoNamingTheLineAndColumn() throws IOException {
        // Given
        Path drill = Files.writeString(folder.resolve("bad.yaml"), "drill: bad\nexpect:\n  - leader-failover:\n"
                + "      gap-at-most: thirty seconds\n");

        // When
        CommandRun run = check(drill);

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(drill + ":4:20: not a duration: 'thirty seconds'");
        assertThat(run.out()).isEmpty();
    }
}
