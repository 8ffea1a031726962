package io.mesosfailover.generate;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.json.Json;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.metrics.PointKeys;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.IncidentsByKind;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every generated scenario, in each wording, gives exactly the incidents of its ground truth, one metric point each;
 * its tasks are lost with their agents, worded as each release words it, and launched again elsewhere.
 */
class GeneratedScenariosTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(MesosWording.class)
    void shouldGiveTheGroundTruthIncidents(MesosWording wording) throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(wording, 7, 3_000).generate(folder.resolve("logs"));
        TimelineSettings settings = TimelineSettings.DEFAULTS.withRegions(ScenarioGenerator.regions());

        // When
        AnalysisResult result = new BatchAnalyzer(settings).analyze(logs.files());

        // Then
        assertThat(json(result.incidents())).containsExactlyElementsOf(json(logs.expected()));
        assertThat(result.stats().malformed()).isZero();
        assertThat(result.stats().unrecognized()).isZero();
        assertThat(result.stats().lines()).isGreaterThan(3_000);
        assertThat(logs.expected()).extracting(Incident::kind).contains("agent-failover", "timeout-compliance",
                "leader-failover", "leaderless-period", "region-outage", "task-rescheduling");
    }

    @ParameterizedTest
    @EnumSource(MesosWording.class)
    void shouldGiveTheGroundTruthOfOneBusyMaster(MesosWording wording) throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(wording, 3, 20_000, new ClusterShape(1, 60, 150))
                .generate(folder.resolve("logs"));

        // When
        AnalysisResult result = new BatchAnalyzer(TimelineSettings.DEFAULTS).analyze(logs.files());

        // Then
        assertThat(logs.files()).hasSize(1);
        assertThat(json(result.incidents())).containsExactlyElementsOf(json(logs.expected()));
        assertThat(result.stats().malformed()).isZero();
        assertThat(logs.expected()).filteredOn(incident -> incident.kind().equals("agent-failover")).hasSize(152);
        // the failovers that hit one of the agents Marathon's ten tasks run on lose them
        assertThat(logs.expected()).extracting(Incident::kind).containsOnly("agent-failover", "timeout-compliance",
                "task-rescheduling").contains("task-rescheduling");
    }

    @Test
    void shouldRefuseMoreAgentsWithThreeMasters() {
        assertThatThrownBy(() -> new ClusterShape(3, 8, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("single master");
        assertThatThrownBy(() -> new ClusterShape(2, 7, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 or 3");
    }

    @Test
    void shouldGiveOnePointPerIncidentWithUniqueKeys() throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(MesosWording.V1_11, 7, 0).generate(folder.resolve("logs"));

        // When
        List<MetricPoint> points = new IncidentMetrics(ScenarioGenerator.regions()).points(logs.expected());

        // Then
        assertThat(points).hasSameSizeAs(logs.expected());
        assertThat(points).extracting(point -> point.fields().get("id"))
                .containsExactlyElementsOf(logs.expected().stream().map(Incident::id).toList());
        assertThat(points).extracting(PointKeys.Key::of).doesNotHaveDuplicates();
        assertThat(points).extracting(MetricPoint::measurement).contains("agent_failover", "timeout_compliance",
                "leader_failover", "leaderless_period", "region_outage", "task_rescheduling");
    }

    @Test
    void shouldSortEveryIncidentIntoTheListOfItsKind() throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(MesosWording.V0_22, 5, 0).generate(folder.resolve("logs"));

        // When
        IncidentsByKind kinds = IncidentsByKind.of(logs.expected());

        // Then
        assertThat(kinds.agentFailovers()).extracting(Incident::kind).containsOnly("agent-failover");
        assertThat(kinds.timeoutCompliance()).extracting(Incident::kind).containsOnly("timeout-compliance");
        assertThat(kinds.leaderFailovers()).extracting(Incident::kind).containsOnly("leader-failover");
        assertThat(kinds.leaderlessPeriods()).extracting(Incident::kind).containsOnly("leaderless-period");
        assertThat(kinds.regionOutages()).extracting(Incident::kind).containsOnly("region-outage");
        assertThat(kinds.agentFailovers().size() + kinds.timeoutCompliance().size() + kinds.leaderFailovers().size()
                + kinds.leaderlessPeriods().size() + kinds.regionOutages().size() + kinds.taskReschedulings().size())
                .isEqualTo(logs.expected().size());
    }

    @ParameterizedTest
    @EnumSource(MesosWording.class)
    void shouldLoseTheTasksOfEveryLostAgentAndRelaunchThemElsewhereWithinSeconds(MesosWording wording)
            throws IOException {
        // When
        GeneratedLogs logs = new ScenarioGenerator(wording, 3, 0).generate(folder.resolve("logs"));

        // Then
        List<TaskRescheduling> tasks = IncidentsByKind.of(logs.expected()).taskReschedulings();
        assertThat(tasks).extracting(task -> task.lostOn().toString()).contains("192.168.187.205:5051",
                "10.0.19.8:5051", "172.16.231.155:5051", "172.16.231.156:5051", "172.16.231.157:5051");
        assertThat(tasks).allSatisfy(task -> {
            assertThat(task.lostTaskId()).matches(task.application() + "\\.[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-.*");
            assertThat(task.relaunchedTaskId()).startsWith(task.application() + ".").isNotEqualTo(task.lostTaskId());
            assertThat(task.relaunchedOn()).isNotEqualTo(task.lostOn());
            assertThat(task.duration()).isBetween(Marathon.RELAUNCH_MIN, Marathon.RELAUNCH_MIN
                    .plus(Marathon.RELAUNCH_SPREAD).plusMillis(1));
        });
        List<String> states = tasks.stream().map(TaskRescheduling::lostState).distinct().sorted().toList();
        assertThat(states).isEqualTo(wording.marksUnreachable() ? List.of("TASK_LOST", "TASK_UNREACHABLE")
                : List.of("TASK_LOST"));
    }

    /**
     * The master's own updates for the tasks of a lost agent, and the framework told, as each release's
     * {@code Master::removeSlave}/{@code _removeSlave} ({@code __removeSlave} for an unreachable one) logs them.
     */
    @ParameterizedTest
    @EnumSource(MesosWording.class)
    void shouldWordTheLossOfTasksAsTheReleaseDoes(MesosWording wording) throws IOException {
        // When
        GeneratedLogs logs = new ScenarioGenerator(wording, 3, 0).generate(folder.resolve("logs"));
        String leader = Files.readString(logs.files().get(0));

        // Then: the reboot (a new registration at the same address) and the partition (the health check)
        String task = " for task [a-z-]+\\.[0-9a-f-]+ of framework [0-9a-f-]+ '";
        switch (wording) {
            case V0_22:
                assertThat(leader).containsPattern("Sending status update TASK_LOST \\(UUID: [0-9a-f-]+\\)" + task
                        + "Slave 192\\.168\\.187\\.205 removed'").containsPattern("Updating the latest state of task "
                        + "[a-z-]+\\.[0-9a-f-]+ of framework [0-9a-f-]+ to TASK_LOST\n")
                        .contains("of lost slave 20210309-140000-2407081856-5050-5669-S5 (10.0.19.8) after recovering");
                break;
            case V1_0:
                assertThat(leader).containsPattern("Sending status update TASK_LOST" + task
                        + "Slave 192\\.168\\.187\\.205 removed: a new agent registered at the same address'")
                        .containsPattern("TASK_LOST" + task + "Slave 10\\.0\\.19\\.8 removed: health check timed out'")
                        .contains("of lost agent b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80-S5 (10.0.19.8) after recovering");
                break;
            default:
                assertThat(leader).containsPattern("Sending status update TASK_LOST" + task
                        + "Agent 192\\.168\\.187\\.205 removed: a new agent registered at the same address'")
                        .containsPattern("Sending status update TASK_UNREACHABLE" + task + "health check timed out'")
                        .containsPattern("Sending status update TASK_RUNNING" + task
                                + "Unreachable agent re-reregistered'")
                        .containsPattern("Processing KILL call for task '[a-z-]+\\.[0-9a-f-]+' of framework")
                        .contains("of lost agent b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80-S5 (10.0.19.8)\n");
        }
        assertThat(leader).doesNotContainPattern("Sending status update TASK_[A-Z]+ \\(Status UUID");
    }

    @Test
    void shouldWriteTheSameFilesForTheSameSeed() throws IOException {
        // When
        GeneratedLogs first = new ScenarioGenerator(MesosWording.V1_11, 1, 500).generate(folder.resolve("a"));
        GeneratedLogs again = new ScenarioGenerator(MesosWording.V1_11, 1, 500).generate(folder.resolve("b"));
        GeneratedLogs other = new ScenarioGenerator(MesosWording.V1_11, 2, 500).generate(folder.resolve("c"));

        // Then
        for (int i = 0; i < first.files().size(); i++) {
            assertThat(Files.readString(again.files().get(i))).isEqualTo(Files.readString(first.files().get(i)));
            assertThat(Files.readString(other.files().get(i))).isNotEqualTo(Files.readString(first.files().get(i)));
        }
        assertThat(json(again.expected())).isEqualTo(json(first.expected()));
    }

    private static List<String> json(List<Incident> incidents) {
        return incidents.stream().map(incident -> Json.write(incident)).collect(Collectors.toList());
    }
}
