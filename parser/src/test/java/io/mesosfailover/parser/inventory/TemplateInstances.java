package io.mesosfailover.parser.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helper: the messages a Mesos master prints for one inventory template, with the values Mesos renders in the
 * release that has it. Every combination of the template's choices is spelled out, once with the plain values and
 * once with the other forms a value takes (resources with allocation roles, a framework without a scheduler pid).
 */
final class TemplateInstances {

    /** The most combinations of choices spelled out per template. */
    private static final int MAX_COMBINATIONS = 16;

    private static final String OLD_MASTER_ID = "20150501-230056-2407081856-5050-5669";
    private static final String NEW_MASTER_ID = "4e8d2bcc-8f4a-4a5e-9a73-0c52e6a9b7f1";
    private static final String UUID = "8a2f7c3e-5d1b-4e6a-9c0f-1b2d3e4f5a6b";
    private static final String TASK_ID = "myapp.6e3c2a1b-5f4d-11e9-8f2b-0242ac110002";

    private TemplateInstances() {
    }

    /** How values are written: the plain forms, or the other forms of the same values. */
    enum Forms { PLAIN, OTHER }

    /**
     * @param pieces the template's pieces from the inventory
     * @param release the Mesos release, such as {@code 0.22.0}
     * @param forms which forms of the values
     * @return the messages, without glog prefix, one per combination of choices
     */
    static List<String> messages(JsonNode pieces, String release, Forms forms) {
        Map<String, String> values = values(release.startsWith("0."), forms);
        List<StringBuilder> texts = new ArrayList<>();
        texts.add(new StringBuilder());
        append(texts, pieces, values);
        List<String> messages = new ArrayList<>();
        for (StringBuilder text : texts) {
            messages.add(text.toString());
        }
        return messages;
    }

    private static void append(List<StringBuilder> texts, JsonNode pieces, Map<String, String> values) {
        for (JsonNode piece : pieces) {
            if (piece.has("literal")) {
                texts.forEach(text -> text.append(piece.get("literal").asText()));
            } else if (piece.has("kind")) {
                String kind = piece.get("kind").asText();
                String value = values.get(kind);
                if (value == null) {
                    throw new IllegalArgumentException("no value for the kind " + kind);
                }
                texts.forEach(text -> text.append(value));
            } else {
                List<StringBuilder> combined = new ArrayList<>();
                for (JsonNode branch : piece.get("choice")) {
                    List<StringBuilder> copies = new ArrayList<>();
                    texts.forEach(text -> copies.add(new StringBuilder(text)));
                    append(copies, branch, values);
                    combined.addAll(copies);
                }
                texts.clear();
                texts.addAll(combined.subList(0, Math.min(MAX_COMBINATIONS, combined.size())));
            }
        }
    }

    private static Map<String, String> values(boolean beforeOne, Forms forms) {
        String masterId = beforeOne ? OLD_MASTER_ID : NEW_MASTER_ID;
        String agentId = masterId + "-S3";
        String frameworkId = masterId + "-0001";
        boolean other = forms == Forms.OTHER;
        String resources = other
                ? (beforeOne ? "cpus(marathon):2.5; mem(marathon):512; ports(*):[31000-31005, 31010-32000]"
                        : "cpus(allocated: *):4; mem(allocated: *)(reservations: [(STATIC,marathon)]):1024")
                : "cpus(*):4; mem(*):1024; disk(*):10000; ports(*):[31000-32000]";
        String framework = other && !beforeOne ? frameworkId + " (marathon)"
                : frameworkId + " (marathon) at scheduler-2c9f5a6e-7f3b-4c1d-8e2a-5b6c7d8e9f01@10.0.0.2:41234";
        String statusUuid = beforeOne ? "(UUID: " + UUID + ")" : "(Status UUID: " + UUID + ")";
        return Map.ofEntries(
                Map.entry("agent-id", agentId),
                Map.entry("agent", agentId + " at slave(1)@10.0.0.1:5051 (agent-1.example.com)"),
                Map.entry("framework-id", frameworkId),
                Map.entry("framework", framework),
                Map.entry("master-id", masterId),
                Map.entry("pid", other ? "master@10.0.0.3:5050" : "slave(1)@10.0.0.1:5051"),
                Map.entry("error", other ? "Failed to connect to 10.0.0.9:5051: Connection refused"
                        : "Connection refused"),
                Map.entry("text", other ? "the agent (slave(1)@10.0.0.1:5051) is gone" : "some reason"),
                Map.entry("resources", resources),
                Map.entry("count", "4"),
                Map.entry("hostname", "agent-1.example.com"),
                Map.entry("name", "marathon"),
                Map.entry("duration", other ? "2.034ms" : "75secs"),
                Map.entry("operation-id", UUID),
                Map.entry("state", "TASK_RUNNING"),
                Map.entry("executor-id", "default"),
                Map.entry("role", other ? "*" : "marathon"),
                Map.entry("status-update", "TASK_RUNNING " + statusUuid + " for task " + TASK_ID
                        + " of framework " + frameworkId),
                Map.entry("task-id", TASK_ID),
                Map.entry("task-ids", "[ " + TASK_ID + ", myapp.7f4d3b2c-5f4d-11e9-8f2b-0242ac110002 ]"),
                Map.entry("offer-id", masterId + "-O12"),
                Map.entry("offer-ids", "[ " + masterId + "-O12, " + masterId + "-O13 ]"),
                Map.entry("path", "/var/lib/mesos/replicated_log"),
                Map.entry("principal", "marathon"),
                Map.entry("removal-limit", "1/20mins"),
                Map.entry("percentage", "50"),
                Map.entry("bytes", "1GB"),
                Map.entry("json", "{\"hostname\":\"agent-1.example.com\",\"port\":5051}"),
                Map.entry("ip", "10.0.0.1"),
                Map.entry("hex", "0x14dd2e0f7a30001"),
                Map.entry("host-port", "10.0.0.1:5050"));
    }
}
