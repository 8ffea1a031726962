package io.mesosfailover.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.json.Json;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParserSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failover lines of two masters in random orders, with clocks that jump back and forth: neither the batch analyzer
 * nor the streaming timeline ever stops with an exception, and every incident whose times are out of order is
 * marked.
 */
class OddOrdersTest {

    private static final String ID = "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80";
    private static final DateTimeFormatter PREFIX = DateTimeFormatter.ofPattern("'I'MMdd HH:mm:ss.SSSSSS",
            Locale.ROOT);
    private static final LocalDateTime START = LocalDateTime.of(2021, 3, 9, 14, 0);
    private static final int RUNS = 60;
    private static final int LINES = 40;

    @TempDir
    Path folder;

    @Test
    void shouldNeverStopOnLinesInAnyOrder() {
        for (int run = 0; run < RUNS; run++) {
            // Given
            SplittableRandom random = new SplittableRandom(run);
            String first = randomLog("m1", random);
            String second = randomLog("m2", random);
            TimelineSettings settings = TimelineSettings.DEFAULTS
                    .withRegions(RegionMap.of("oslo", "10.0.2.16/28", "ireland", "10.0.2.32/28"));

            // When
            AnalysisResult batch = Analyses.ofTexts(folder, settings, first, second);
            List<Incident> streamed = streamed(settings, first, second);

            // Then
            for (List<Incident> incidents : List.of(batch.incidents(), streamed)) {
                for (Incident incident : incidents) {
                    assertThat(Json.mapper().<JsonNode>valueToTree(incident)).isNotNull();
                    assertThat(new IncidentMetrics(settings.regions()).point(incident)).isNotNull();
                    if (incident.end() != null && incident.end().isBefore(incident.start())) {
                        assertThat(incident.timesWentBack()).as("run %d: %s", run, incident).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void shouldSumUpTheStepsBackOfTheStreamingTimeline() {
        // Given: the step back comes after the line before it was released, so it reaches the engine late
        String log = Analyses.log("m1", "2021/03/09 13:00:00",
                "I0309 14:00:00.000000 master.cpp:2179] Elected as the leading master!",
                "I0309 14:00:10.000000 zookeeper.cpp:262] Detected a new leader: (id='1')",
                "I0309 13:00:10.000000 zookeeper.cpp:262] Detected a new leader: (id='1')");
        List<MesosEvent> events = events(log);
        StreamingTimeline timeline = new StreamingTimeline(TimelineSettings.DEFAULTS, Duration.ofSeconds(5));

        // When
        events.forEach(timeline::accept);

        // Then
        assertThat(timeline.clockSteps()).isEqualTo(1);
        assertThat(timeline.timeAnomalies()).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.master()).isEqualTo("m1");
            assertThat(anomaly.largestStep()).isEqualTo(Duration.ofMinutes(59).plusSeconds(50));
        });
    }

    /** The events of both masters, one of each in turn, through a streaming timeline that waits for nothing. */
    private static List<Incident> streamed(TimelineSettings settings, String... logs) {
        List<List<MesosEvent>> events = new ArrayList<>();
        for (String log : logs) {
            events.add(events(log));
        }
        StreamingTimeline timeline = new StreamingTimeline(settings, Duration.ZERO);
        List<Incident> incidents = new ArrayList<>();
        for (int position = 0; events.stream().anyMatch(list -> !list.isEmpty()); position++) {
            List<MesosEvent> from = events.get(position % events.size());
            if (!from.isEmpty()) {
                incidents.addAll(timeline.accept(from.remove(0)));
            }
        }
        incidents.addAll(timeline.finish());
        return incidents;
    }

    private static List<MesosEvent> events(String log) {
        List<MesosEvent> parsed = new ArrayList<>();
        FileParse parse = new GlogParser(ParserSettings.defaults()).open("master.log");
        for (String line : log.split("\n", -1)) {
            parse.accept(line, outcome -> keep(outcome, parsed));
        }
        parse.finish(outcome -> keep(outcome, parsed));
        return parsed;
    }

    private static void keep(ParseOutcome outcome, List<MesosEvent> events) {
        if (outcome instanceof ParseOutcome.Parsed) {
            events.add(((ParseOutcome.Parsed) outcome).event());
        }
    }

    private static String randomLog(String host, SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        Instant time = START.toInstant(ZoneOffset.UTC);
        for (int i = 0; i < LINES; i++) {
            // mostly forwards, now and then back by up to an hour
            long step = random.nextInt(10) == 0 ? -random.nextLong(3_600_000) : random.nextLong(120_000);
            time = time.plusMillis(step);
            String prefix = PREFIX.format(LocalDateTime.ofInstant(time, ZoneOffset.UTC));
            lines.add(prefix + " " + randomMessage(random));
        }
        return Analyses.log(host, "2021/03/09 13:00:00", lines.toArray(new String[0]));
    }

    private static String randomMessage(SplittableRandom random) {
        int n = 1 + random.nextInt(4);
        String agent = ID + "-S" + n + " at slave(1)@10.0.2." + (20 + n * 5) + ":5051 (10.0.2." + (20 + n * 5) + ")";
        String task = "web." + random.nextInt(3);
        switch (random.nextInt(14)) {
            case 0: return "master.cpp:2179] Elected as the leading master!";
            case 1: return "group.cpp:900] ZooKeeper session expired";
            case 2: return "zookeeper.cpp:262] Detected a new leader: None";
            case 3: return "master.cpp:1900] Recovered 3 agents from the registry (800B); allowing 10mins for agents to"
                    + " reregister";
            case 4: return "master.cpp:1379] Agent " + agent + " disconnected";
            case 5: return "master.cpp:7000] Re-registered agent " + agent + " with cpus:4";
            case 6: return "master.cpp:4619] Registered agent " + agent + " with cpus:4";
            case 7: return "master.cpp:266] Marking agent " + ID + "-S" + n + " (10.0.2." + (20 + n * 5) + ") unreachable:"
                    + " health check timed out";
            case 8: return "master.cpp:4680] Removing agent " + agent + ": health check timed out";
            case 9: return "master.cpp:3291] Removing old disconnected agent " + agent + " because a registration"
                    + " attempt occurred";
            case 10: return "master.cpp:4000] Launching task " + task + " of framework " + ID + "-0000 with resources"
                    + " cpus:0.5 on agent " + agent;
            case 11: return "master.cpp:8212] Sending status update TASK_LOST for task " + task + " of framework " + ID
                    + "-0000 'agent lost'";
            case 12: return "master.cpp:450] Master " + ID + " (m) started on 10.0.2.40:5050";
            default: return "master.cpp:9000] Received reregister agent message from agent " + ID + "-S" + n
                    + " at slave(1)@10.0.2." + (20 + n * 5) + ":5051 (10.0.2." + (20 + n * 5) + ")";
        }
    }
}
