package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.event.EventJson;
import io.mesosfailover.json.Json;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The master lines that tell the timelines about a new leader's first minutes, the admission of agents, framework
 * re-subscription and registrar failures, worded as the Mesos release named in each case writes them, become the
 * typed record named, with the values of the line.
 */
class TimelineLinesTest {

    private static final String AGENT_1_4 = "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80-S3";
    private static final String FRAMEWORK = "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80-0000";

    static Stream<Arguments> lines() {
        return Stream.of(
            // 0.20 .. 1.11, VLOG(1)
            line("I", "Dropping 'mesos.internal.ReregisterSlaveMessage' message since not elected yet",
                "message-dropped-not-elected", "messageName", "mesos.internal.ReregisterSlaveMessage"),
            line("I", "Dropping 'mesos.internal.RegisterSlaveMessage' message since not recovered yet",
                "message-dropped-not-recovered", "messageName", "mesos.internal.RegisterSlaveMessage"),
            // 0.27, 1.0
            line("I", "Recovery complete: sufficient amount of slaves added; 12 slaves known to the allocator",
                "allocator-recovery-completed", "agentCount", "12"),
            line("I", "Recovery complete: sufficient amount of agents added; 3 agents known to the allocator",
                "allocator-recovery-completed", "agentCount", "3"),
            line("I", "Skipping recovery of hierarchical allocator: no reconnecting agents to wait for",
                "allocator-recovery-skipped", "reason", "no reconnecting agents to wait for"),
            // 1.4 and later: the admission steps
            line("I", "Admitted agent " + AGENT_1_4 + " at slave(1)@10.0.0.1:5051 (agent1.example.com)",
                "agent-admitted", "agent", "10.0.0.1:5051"),
            line("I", "Re-admitted agent " + AGENT_1_4 + " at slave(1)@10.0.0.1:5051 (agent1.example.com)",
                "agent-readmitted", "agentId", AGENT_1_4),
            line("I", "Re-admitting recovered agent " + AGENT_1_4 + " at slave(1)@10.0.0.1:5051(agent1.example.com)",
                "agent-readmitting", "hostname", "agent1.example.com"),
            line("I", "Consulting registry about agent " + AGENT_1_4 + " at slave(1)@10.0.0.1:5051(agent1.example.com)",
                "agent-registry-consulted", "agentId", AGENT_1_4),
            line("I", "Canceling transition of agent " + AGENT_1_4 + " (agent1.example.com) to unreachable because it is"
                + " re-registering", "unreachable-transition-canceled", "reason", "it is re-registering"),
            // framework (re-)subscription
            line("I", "Framework " + FRAMEWORK + " (marathon) at scheduler-3b6f1c2e@10.0.1.11:38517 already subscribed,"
                + " resending acknowledgement", "framework-already-subscribed", "frameworkName", "marathon"),
            line("I", "Framework 20140724-231003-419644938-5050-1707-0000 (scheduler(1)@10.0.1.11:38517) already"
                + " registered, resending acknowledgement", "framework-already-subscribed", "scheduler",
                "scheduler(1)@10.0.1.11:38517"),
            line("I", "Received subscription request for HTTP framework 'my framework'",
                "framework-registration-requested", "frameworkName", "my framework"),
            // registrar failures that end the leader
            line("F", "Failed to remove agent " + AGENT_1_4 + " at slave(1)@10.0.0.1:5051 (agent1.example.com) from the"
                + " registrar: Failed to update registry", "registrar-operation-failed", "operation", "REMOVE"),
            line("F", "Failed to admit slave 20150501-230056-2407081856-5050-5669-S2 at slave(1)@10.0.0.1:5051"
                + " (agent1.example.com): timed out", "registrar-operation-failed", "operation", "ADMIT"),
            line("F", "Failed to mark agent " + AGENT_1_4 + " (agent1.example.com) as unreachable in the registry:"
                + " discarded", "registrar-operation-failed", "operation", "MARK_UNREACHABLE"),
            line("F", "Failed to mark agent " + AGENT_1_4 + " as gone in the registry: Failed to update registry",
                "registrar-operation-failed", "operation", "MARK_GONE"),
            line("F", "Failed to update registry for agent " + AGENT_1_4 + " at slave(1)@10.0.0.1:5051"
                + " (agent1.example.com): timed out", "registrar-operation-failed", "operation", "UPDATE"),
            // registry garbage collection of unreachable agents
            line("I", "Attempting to remove 2 unreachable and 1 gone agents from the registry",
                "registry-garbage-collecting", "goneCount", "1"),
            line("I", "Skipping periodic registry garbage collection: no agents qualify for removal",
                "registry-garbage-collection-skipped", "reason", "no agents qualify for removal"),
            line("W", "Failed to garbage collect " + AGENT_1_4 + " from the unreachable list",
                "registry-garbage-collection-failed", "list", "unreachable"),
            // leader detection, replicated log
            line("E", "Failed to watch memberships: Failed to get data", "membership-watch-failed", "error",
                "Failed to get data"),
            line("I", "Persisted action at 17", "action-persisted", "position", "17"),
            line("I", "Persisted action APPEND at position 18", "action-persisted", "actionType", "APPEND"),
            // 0.22 wordings
            line("I", "Replica received learned notice for position 42", "learned-notice-received", "position", "42"),
            line("W", "Task web.1 of framework 20150501-230056-2407081856-5050-5669-0000 unknown to the slave"
                + " 20150501-230056-2407081856-5050-5669-S2 at slave(1)@10.0.0.1:5051 (agent1.example.com) during"
                + " re-registration: sending TASK_LOST", "orphan-task-found", "taskId", "web.1"));
    }

    private static Arguments line(String severity, String message, String type, String field, String value) {
        return Arguments.of(severity, message, type, field, value);
    }

    @ParameterizedTest(name = "{2}: {1}")
    @MethodSource("lines")
    void shouldReadTheLineAsItsTypedRecord(String severity, String message, String type, String field, String value) {
        // Given
        List<String> log = List.of("Log file created at: 2017/06/23 20:41:36",
            severity + "0623 20:41:36.123456  1860 master.cpp:1234] " + message);

        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "m", log);

        // Then
        assertThat(result.outcomes()).hasSize(1);
        JsonNode json = Json.mapper().valueToTree(((ParseOutcome.Parsed) result.outcomes().get(0)).event());
        assertThat(json.get(EventJson.TYPE_PROPERTY).asText()).isEqualTo(type);
        assertThat(json.get(field).asText()).isEqualTo(value);
    }
}
