package io.mesosfailover.influx;

import io.mesosfailover.sample.GlogLineWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test fixture: one-master logs (Mesos 1.11 wording, default timeouts: the health-check window is 75 to 90 s after
 * an agent goes silent) for the alert rules. The drill has what the generated scenarios do not: a master that acts
 * late on one agent and never on another, and one line in ten of a template no Mesos release writes. The quiet
 * cluster has a leader throughout, its agents stay up and fewer than 2% of its lines are unknown.
 */
final class AlertDrillLogs {

    /** Where the drill starts; it lasts 15 minutes. */
    static final Instant DRILL_START = Instant.parse("2021-03-09T15:00:00Z");
    /** Where the quiet cluster starts; it lasts 15 minutes. */
    static final Instant QUIET_START = Instant.parse("2021-03-09T17:00:00Z");

    private static final String MASTER_ID = "c2d0f7b5-6e9a-4d3b-8f8c-4a2b3e5d7f91";
    private static final Duration LENGTH = Duration.ofMinutes(15);

    private AlertDrillLogs() {
    }

    /** Writes the drill's master log: agent 1 silent 2 min before the master marks it (late), agent 2 never marked. */
    static Path drill(Path folder) throws IOException {
        Map<Instant, String> lines = startUp(DRILL_START, "drill-master", "10.9.0.1");
        lose(lines, DRILL_START.plusSeconds(120), 1);
        lines.put(DRILL_START.plusSeconds(240), "Marking agent " + MASTER_ID + "-S1 (10.9.0.11) unreachable: health"
                + " check timed out");
        lines.put(DRILL_START.plusMillis(240_010), "Marked agent " + MASTER_ID + "-S1 (10.9.0.11) unreachable: health"
                + " check timed out");
        back(lines, DRILL_START.plusSeconds(360), 1);
        lose(lines, DRILL_START.plusSeconds(480), 2);
        back(lines, DRILL_START.plusSeconds(720), 2);
        noise(lines, DRILL_START, 10);
        return write(folder, "drill-master", DRILL_START, lines);
    }

    /** Writes the quiet cluster's master log. */
    static Path quiet(Path folder) throws IOException {
        Map<Instant, String> lines = startUp(QUIET_START, "quiet-master", "10.8.0.1");
        noise(lines, QUIET_START, 60);
        return write(folder, "quiet-master", QUIET_START, lines);
    }

    private static Map<Instant, String> startUp(Instant start, String host, String ip) {
        Map<Instant, String> lines = new TreeMap<>();
        lines.put(start, "Master " + MASTER_ID + " (" + host + ") started on " + ip + ":5050");
        lines.put(start.plusMillis(50), "Flags at startup: --agent_ping_timeout=\"15secs\""
                + " --agent_reregister_timeout=\"10mins\" --hostname=\"" + host + "\" --ip=\"" + ip + "\""
                + " --max_agent_ping_timeouts=\"5\" --port=\"5050\" --zk_session_timeout=\"10secs\"");
        lines.put(start.plusSeconds(1), "Elected as the leading master!");
        for (int agent = 1; agent <= 3; agent++) {
            lines.put(start.plusSeconds(1 + agent), "Registered agent " + slave(agent) + " with cpus:4; mem:14861");
        }
        return lines;
    }

    private static void lose(Map<Instant, String> lines, Instant at, int agent) {
        lines.put(at, "Agent " + slave(agent) + " disconnected");
        lines.put(at.plusNanos(65_000), "Disconnecting agent " + slave(agent));
        lines.put(at.plusNanos(101_000), "Deactivating agent " + slave(agent));
    }

    private static void back(Map<Instant, String> lines, Instant at, int agent) {
        lines.put(at.minusMillis(100), "Received reregister agent message from agent " + MASTER_ID + "-S" + agent
                + " at slave(1)@10.9.0.1" + agent + ":5051 (10.9.0.1" + agent + ")");
        lines.put(at, "Re-registered agent " + slave(agent) + " with cpus:4; mem:14861");
    }

    /** A status update of agent 3 every 5 s, and every {@code unknownEvery}-th line one no template knows. */
    private static void noise(Map<Instant, String> lines, Instant start, int unknownEvery) {
        int n = 0;
        for (Instant at = start.plusSeconds(5); at.isBefore(start.plus(LENGTH)); at = at.plusSeconds(5)) {
            n++;
            String message = n % unknownEvery == 0
                    ? String.format(Locale.ROOT, "Frobnicated %d widgets for the %s hook", n, "site-local")
                    : String.format(Locale.ROOT, "Status update TASK_RUNNING (Status UUID: %08x-1b2c-4d3e-8f4a-"
                            + "5b6c7d8e9f%02x) for task web.%08x-0a1b-4c2d-9e3f-405162738495 of framework %s-0000"
                            + " from agent %s", n, n % 256, n, MASTER_ID, slave(3));
            lines.putIfAbsent(at.plusMillis(317), message);
        }
    }

    private static String slave(int agent) {
        return MASTER_ID + "-S" + agent + " at slave(1)@10.9.0.1" + agent + ":5051 (10.9.0.1" + agent + ")";
    }

    private static Path write(Path folder, String host, Instant start, Map<Instant, String> lines)
            throws IOException {
        StringBuilder text = new StringBuilder(GlogLineWriter.header(start, host));
        lines.forEach((time, message) -> GlogLineWriter.line(text, 'I', time, 4242, "master.cpp:1000", message));
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(host + ".INFO"), text);
    }
}
