package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mesosfailover.event.SourceRef;
import io.mesosfailover.event.Unrecognized;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Unknown lines of a few templates, with varying numbers, ids and addresses, planted among known lines in two
 * files: the report finds each template once, with its count, span, files and an example; it stays within its
 * caps and counts what did not fit.
 */
class UnknownLineGroupsTest {

    private static final String HEADER = "Log file created at: 2021/03/09 14:00:00\nRunning on machine: mesos-master-1\n";
    private static final String AGENT_ID = "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80-S";

    private final SplittableRandom random = new SplittableRandom(7);

    @Test
    void shouldGroupPlantedTemplatesWithTheirCountsSpanFilesAndAnExample() {
        // Given: 2 x 300 lines, a known line after every unknown one
        List<Unrecognized> unknown = new ArrayList<>();
        ParseStats stats = ParseStats.empty();
        for (String file : List.of("master-1.INFO", "master-2.INFO")) {
            List<String> lines = new ArrayList<>(List.of(HEADER.split("\n")));
            for (int i = 0; i < 300; i++) {
                lines.add(glog(file.equals("master-1.INFO") ? 0 : 1, i, planted(i)));
                lines.add(glog(file.equals("master-1.INFO") ? 0 : 1, i, "Registered agent " + AGENT_ID + i
                        + " at slave(1)@10.0.3." + (i % 250) + ":5051 (10.0.3." + (i % 250) + ") with cpus:4"));
            }
            ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), file, lines);
            stats = stats.plus(result.stats());
            result.outcomes().stream().map(outcome -> ((ParseOutcome.Parsed) outcome).event())
                    .filter(Unrecognized.class::isInstance).map(Unrecognized.class::cast).forEach(unknown::add);
        }
        UnknownLineGroups groups = new UnknownLineGroups();

        // When
        unknown.forEach(groups::add);
        UnknownLineReport report = groups.report();

        // Then
        assertThat(stats.unrecognized()).isEqualTo(600);
        assertThat(stats.eventsByType()).containsEntry("agent-registered", 600L);
        assertThat(report.lines()).isEqualTo(600);
        assertThat(report.ungroupedLines()).isZero();
        assertThat(report.groups()).extracting(UnknownLineGroup::template, UnknownLineGroup::count).containsExactly(
                tuple("Replica at <addr> lost contact after <num> attempts; host <host>", 300L),
                tuple("Frobnicated <num> widgets for framework <id> (marathon) at <upid> in <num>", 200L),
                tuple("Teardown requested by <*> for <path> from <ip>", 100L));
        UnknownLineGroup first = report.groups().get(1);
        assertThat(first.files()).containsExactly("master-1.INFO", "master-2.INFO");
        assertThat(first.fileCount()).isEqualTo(2);
        assertThat(first.first()).isEqualTo(Instant.parse("2021-03-09T14:00:00Z"));
        assertThat(first.last()).isEqualTo(Instant.parse("2021-03-09T14:04:57.000001Z"));
        assertThat(report.groups().get(2).first()).isEqualTo(Instant.parse("2021-03-09T14:00:05Z"));
        assertThat(first.example()).startsWith("Frobnicated 0 widgets for framework 20150501-230056-");
        assertThat(first.exampleLocation()).isEqualTo("custom.cpp:42");
        assertThat(first.exampleSource().file()).isEqualTo("master-1.INFO");
        assertThat(first.exampleSource().line()).isEqualTo(3);
    }

    @Test
    void shouldCountLinesBeyondTheCapOnTemplatesAsUngrouped() {
        // Given: 50 templates of 4 lines each, each template with words no other has
        UnknownLineGroups groups = new UnknownLineGroups(10);

        // When
        for (int template = 0; template < 50; template++) {
            for (int line = 0; line < 4; line++) {
                groups.add(at(template * 4 + line), source("a.log", line), null,
                        word(template) + " " + word(template + 100) + " happened " + line + " times");
            }
        }
        UnknownLineReport report = groups.report();

        // Then
        assertThat(report.groups()).hasSize(10);
        assertThat(report.maxGroups()).isEqualTo(10);
        assertThat(report.groups()).allSatisfy(group -> assertThat(group.count()).isEqualTo(4));
        assertThat(report.lines()).isEqualTo(200);
        assertThat(report.ungroupedLines()).isEqualTo(160);
    }

    @Test
    void shouldKeepMemoryBoundedForHugeLinesAndManyFiles() {
        // Given: messages of 100,000 words, in 25 files
        UnknownLineGroups groups = new UnknownLineGroups();
        String huge = "word ".repeat(100_000) + "x".repeat(200_000);

        // When
        for (int file = 0; file < 25; file++) {
            groups.add(at(file), source("file-" + file + ".log", 1), null, huge);
        }
        UnknownLineGroup group = groups.report().groups().get(0);

        // Then
        assertThat(group.count()).isEqualTo(25);
        assertThat(group.template().split(" ")).hasSize(MaskedLine.MAX_WORDS).endsWith(MaskedLine.MORE);
        assertThat(group.example()).hasSize(UnknownLineGroups.MAX_EXAMPLE);
        assertThat(group.files()).hasSize(UnknownLineGroups.MAX_FILES_LISTED).startsWith("file-0.log");
        assertThat(group.fileCount()).isEqualTo(25);
    }

    @Test
    void shouldKeepLineTextAsWrittenForTheReportsToEscape() {
        // Given
        UnknownLineGroups groups = new UnknownLineGroups();
        String hostile = "Weird \u001b]title\u0007 then \u001b[Kcleared";

        // When
        groups.add(at(0), source("a.log", 1), null, hostile);
        UnknownLineGroup group = groups.report().groups().get(0);

        // Then
        assertThat(group.example()).isEqualTo(hostile);
        assertThat(group.template()).isEqualTo(hostile);
    }

    @Test
    void shouldBoundTheTreeSoThatDistinctLinesOfOneShapeStayCheap() {
        // Given: 5,000 lines with the same length and leading words and nothing else in common
        UnknownLineGroups groups = new UnknownLineGroups();

        // When
        for (int i = 0; i < 5_000; i++) {
            groups.add(at(i), source("a.log", i + 1), null, "Opaque value " + word(i) + " " + word(i + 7_000) + " "
                    + word(i + 9_000) + " " + word(i + 11_000));
        }
        UnknownLineReport report = groups.report();

        // Then: one leaf keeps at most 32 templates; the rest is counted
        assertThat(report.groups()).hasSizeLessThanOrEqualTo(TemplateTree.MAX_LEAF_GROUPS);
        assertThat(report.groups().stream().mapToLong(UnknownLineGroup::count).sum() + report.ungroupedLines())
                .isEqualTo(5_000);
    }

    private String planted(int i) {
        if (i % 3 == 0) {
            return String.format(Locale.ROOT, "Frobnicated %d widgets for framework 20150501-230056-2407081856-5050-"
                    + "5669-%04d (marathon) at scheduler-%s@10.0.%d.%d:%d in %d.%03dms", i / 3, random.nextInt(20),
                    new UUID(random.nextLong(), random.nextLong()), random.nextInt(255), random.nextInt(255),
                    30_000 + random.nextInt(30_000), random.nextInt(9), random.nextInt(1000));
        }
        if (i % 3 == 1 || i % 6 == 2) {
            return String.format(Locale.ROOT, "Replica at 192.168.%d.%d:5050 lost contact after %d attempts; host"
                    + " agent-%d.example.com", random.nextInt(255), random.nextInt(255), random.nextInt(10),
                    random.nextInt(100));
        }
        return "Teardown requested by " + List.of("alice", "bob", "carol").get(random.nextInt(3))
                + " for /master/teardown from"
                + " 10.1.2." + random.nextInt(255);
    }

    private static String glog(int master, int i, String message) {
        return String.format(Locale.ROOT, "I0309 14:%02d:%02d.%06d  %d custom.cpp:42] %s", i / 60, i % 60, master,
                4000 + master, message);
    }

    private static String word(int n) {
        StringBuilder word = new StringBuilder();
        for (int i = n; i >= 0; i = i / 26 - 1) {
            word.append((char) ('a' + i % 26));
        }
        return word.toString();
    }

    private static Instant at(int second) {
        return Instant.parse("2021-03-09T14:00:00Z").plusSeconds(second);
    }

    private static SourceRef source(String file, long line) {
        return new SourceRef("default", "master", file, line);
    }
}
