package io.mesosfailover.batch;

import io.mesosfailover.json.Json;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many small files are opened one after the other as the merge reaches them, never all at once, and give what one
 * file of the same lines gives.
 */
class ManyFilesTest {

    @TempDir
    Path folder;

    @Test
    void shouldGiveTheIncidentsOfOneFileFromItsLinesInAFileEachOpeningFewAtOnce() throws IOException {
        // Given: a master's log, and its lines one in a file of its own (each with the log's header)
        List<String> lines = exampleLog();
        Path whole = Files.write(folder.resolve("whole.log"), lines, StandardCharsets.UTF_8);
        List<Path> parts = new ArrayList<>();
        for (int i = 3; i < lines.size(); i++) {
            parts.add(Files.write(folder.resolve(String.format(Locale.ROOT, "part-%04d.log", i)),
                    List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(i)), StandardCharsets.UTF_8));
        }

        // When
        BatchAnalyzer analyzer = analyzer();
        AnalysisResult split = analyzer.analyze(parts);
        AnalysisResult one = analyzer().analyze(List.of(whole));

        // Then
        assertThat(json(split.incidents())).isNotEmpty().isEqualTo(json(one.incidents()));
        assertThat(split.stats().events()).isEqualTo(one.stats().events());
        assertThat(split.stats().lines()).isEqualTo(one.stats().lines() + 3L * (parts.size() - 1));
        assertThat(split.years()).hasSize(parts.size());
        assertThat(analyzer.mostFilesOpen()).isLessThanOrEqualTo(4);
    }

    @Test
    void shouldReadAThousandOneLineFilesWithoutAHeader() throws IOException {
        // Given
        List<String> lines = exampleLog();
        List<Path> files = new ArrayList<>();
        // without a header, lines of 2021 in files modified now: each file's year is the one its mtime allows
        for (int i = 0; i < 1_000; i++) {
            String line = lines.get(3 + i % (lines.size() - 3));
            files.add(Files.writeString(folder.resolve("line-" + i), line, StandardCharsets.UTF_8));
        }

        // When
        BatchAnalyzer analyzer = analyzer();
        AnalysisResult result = analyzer.analyze(files);

        // Then
        assertThat(result.stats().lines()).isEqualTo(1_000);
        assertThat(result.problems()).isEmpty();
        assertThat(analyzer.mostFilesOpen()).isLessThan(100);
    }

    private static BatchAnalyzer analyzer() {
        return new BatchAnalyzer(TimelineSettings.DEFAULTS);
    }

    /**
     * One master's log: a header, an election, agents registering, then each agent disconnecting and coming back,
     * with allocation rounds between.
     */
    private static List<String> exampleLog() {
        String master = "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80";
        List<String> lines = new ArrayList<>(List.of("Log file created at: 2021/03/09 14:00:00",
                "Running on machine: mesos-master-1",
                "Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg",
                "I0309 14:00:01.000000  1860 master.cpp:2179] Elected as the leading master!"));
        for (int agent = 0; agent < 20; agent++) {
            String slave = master + "-S" + agent + " at slave(1)@10.0.2." + (10 + agent) + ":5051 (10.0.2."
                    + (10 + agent) + ")";
            lines.add(line(5 + agent, 0, "master.cpp:4619] Registered agent " + slave + " with cpus:4; mem:14861"));
            lines.add(line(600 + 30 * agent, 0, "master.cpp:1379] Agent " + slave + " disconnected"));
            lines.add(line(600 + 30 * agent, 65, "master.cpp:1408] Disconnecting agent " + slave));
            for (int round = 0; round < 5; round++) {
                lines.add(line(600 + 30 * agent + 1 + round, 0, "hierarchical.cpp:1853] Performed allocation for 20"
                        + " agents in 1.2" + round + "ms"));
            }
            lines.add(line(600 + 30 * agent + 8, 0, "master.cpp:5300] Re-registered agent " + slave
                    + " with cpus:4; mem:14861"));
        }
        lines.subList(4, lines.size()).sort(null);
        return lines;
    }

    private static String line(int seconds, int micros, String text) {
        return String.format(Locale.ROOT, "I0309 %02d:%02d:%02d.%06d  1860 %s", 14 + seconds / 3600, seconds / 60 % 60,
                seconds % 60, micros, text);
    }

    private static List<String> json(List<Incident> incidents) {
        return incidents.stream().map(incident -> Json.write(incident)).collect(Collectors.toList());
    }
}
