package io.mesosfailover.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following a file like tail -F: appends, partial lines, rotation, truncation, and resuming from a position. */
class FileFollowerTest {

    private static final String HEADER = "Log file created at: 2015/12/31 23:59:00\nRunning on machine: master-1\n";

    @TempDir
    Path folder;

    @Test
    void shouldSendAnEntryOnlyWhenTheNextLineBeginsAnotherOrTheFileIsQuiet() throws IOException {
        // Given
        Path log = Files.writeString(folder.resolve("m.log"), HEADER + "I1231 23:59:58.000001  7 m.cpp:1] first\n"
                + " continued\nI1231 23:59:59.000002  7 m.cpp:2] sec");
        List<LogEntry> entries = new ArrayList<>();
        FileFollower follower = fromTheTop(log, 0);

        // When
        follower.poll(Long.MAX_VALUE, entries::add);

        // Then: the unfinished line may still be a continuation, so the entry before it stays open
        assertThat(entries).extracting(LogEntry::text)
                .containsExactly("Log file created at: 2015/12/31 23:59:00\nRunning on machine: master-1");
        assertThat(entries.get(0).host()).isEqualTo("master-1");

        // When the line is finished, another follows, and the file is quiet
        append(log, "ond\nI0101 00:00:01.000003  7 m.cpp:3] new year\n");
        follower.poll(Long.MAX_VALUE, entries::add);
        follower.poll(0, entries::add);

        // Then
        assertThat(entries).extracting(LogEntry::text).endsWith("I1231 23:59:58.000001  7 m.cpp:1] first\n continued",
                "I1231 23:59:59.000002  7 m.cpp:2] second", "I0101 00:00:01.000003  7 m.cpp:3] new year");
        assertThat(entries.get(1).firstLine()).isEqualTo(3);
        assertThat(entries.get(1).host()).isEqualTo("master-1");
        assertThat(entries.get(1).year()).isEqualTo(2015);
        assertThat(entries.get(entries.size() - 1).year()).isEqualTo(2016);
        assertThat(entries.get(entries.size() - 1).firstLine()).isEqualTo(6);
    }

    @Test
    void shouldReadTheOldFileToItsEndThenTheNewOneAfterARenameAndCreate() throws IOException {
        // Given
        Path log = Files.writeString(folder.resolve("m.log"), HEADER + "I1231 23:59:58.000001  7 m.cpp:1] a\n");
        List<LogEntry> entries = new ArrayList<>();
        FileFollower follower = readToItsEnd(log, entries);

        // When
        append(log, "I1231 23:59:59.000001  7 m.cpp:1] b\n");
        Files.move(log, folder.resolve("m.log.1"));
        Files.writeString(log, "Log file created at: 2016/01/01 00:00:00\nI0101 00:00:01.000001  7 m.cpp:1] c\n");
        follower.poll(0, entries::add);
        follower.poll(0, entries::add);

        // Then
        assertThat(entries).extracting(LogEntry::text).containsSubsequence("I1231 23:59:58.000001  7 m.cpp:1] a",
                "I1231 23:59:59.000001  7 m.cpp:1] b", "Log file created at: 2016/01/01 00:00:00",
                "I0101 00:00:01.000001  7 m.cpp:1] c");
        assertThat(entries.get(entries.size() - 1).firstLine()).isEqualTo(2);
        assertThat(follower.rotations()).isEqualTo(1);
    }

    @Test
    void shouldStartAgainAtTheTopAfterACopyAndTruncate() throws IOException {
        // Given
        Path log = Files.writeString(folder.resolve("m.log"), HEADER + "I1231 23:59:58.000001  7 m.cpp:1] a\n");
        List<LogEntry> entries = new ArrayList<>();
        FileFollower follower = fromTheTop(log, 0);
        follower.poll(0, entries::add);
        follower.poll(0, entries::add);
        entries.clear();

        // When
        Files.writeString(log, "I1231 23:59:59.000001  7 m.cpp:1] z\n", StandardOpenOption.TRUNCATE_EXISTING);
        follower.poll(0, entries::add);
        follower.poll(0, entries::add);

        // Then
        assertThat(entries).extracting(LogEntry::text).containsExactly("I1231 23:59:59.000001  7 m.cpp:1] z");
        assertThat(entries.get(0).firstLine()).isEqualTo(1);
        assertThat(entries.get(0).year()).isEqualTo(2015);
    }

    @Test
    void shouldResumeAfterTheLastEntryHandedOutAndSendTheOpenOneAgain() throws IOException {
        // Given
        Path log = Files.writeString(folder.resolve("m.log"), HEADER + "I1231 23:59:58.000001  7 m.cpp:1] a\n"
                + "I1231 23:59:58.000002  7 m.cpp:1] b\n");
        List<LogEntry> first = new ArrayList<>();
        FileFollower follower = readToItsEnd(log, first);
        ReadPosition saved = follower.resumePosition();
        String key = follower.fileKey();

        // When
        append(log, " more of b\n");
        List<LogEntry> second = new ArrayList<>();
        FileFollower resumed = new FileFollower(log, key, saved, "fallback");
        resumed.poll(0, second::add);
        resumed.poll(0, second::add);

        // Then
        assertThat(first).extracting(LogEntry::text).last().isEqualTo("I1231 23:59:58.000001  7 m.cpp:1] a");
        assertThat(second).extracting(LogEntry::text)
                .containsExactly("I1231 23:59:58.000002  7 m.cpp:1] b\n more of b");
        assertThat(second.get(0).firstLine()).isEqualTo(4);
        assertThat(second.get(0).host()).isEqualTo("master-1");
        assertThat(second.get(0).year()).isEqualTo(2015);
    }

    @Test
    void shouldCutALineLongerThanTheCapSkipTheRestAndSayIt() throws IOException {
        // Given
        String longLine = "I1231 23:59:58.000001  7 m.cpp:1] " + "x".repeat(2_500_000);
        Path log = Files.writeString(folder.resolve("m.log"), longLine + "\nI1231 23:59:59.000001  7 m.cpp:2] next\n");
        List<LogEntry> entries = new ArrayList<>();
        FileFollower follower = fromTheTop(log, 2015);

        // When
        follower.poll(0, entries::add);
        follower.poll(0, entries::add);

        // Then
        assertThat(entries).extracting(LogEntry::text)
                .containsExactly(longLine.substring(0, FileFollower.MAX_LINE_BYTES),
                        "I1231 23:59:59.000001  7 m.cpp:2] next");
        assertThat(entries.get(1).firstLine()).isEqualTo(2);
        assertThat(follower.resumePosition().offset()).isEqualTo(Files.size(log));
        assertThat(follower.takeProblems()).containsExactly(log + ": line 1 is longer than "
                + FileFollower.MAX_LINE_BYTES + " bytes: " + (longLine.length() - FileFollower.MAX_LINE_BYTES)
                + " bytes were cut");
        assertThat(follower.takeProblems()).isEmpty();
    }

    @Test
    void shouldCutALongLineThatIsWrittenOverSeveralPolls() throws IOException {
        // Given
        String head = "I1231 23:59:58.000001  7 m.cpp:1] ";
        Path log = Files.writeString(folder.resolve("m.log"), head + "y".repeat(400_000));
        List<LogEntry> entries = new ArrayList<>();
        FileFollower follower = fromTheTop(log, 2015);

        // When
        follower.poll(Long.MAX_VALUE, entries::add);
        append(log, "y".repeat(400_000));
        follower.poll(Long.MAX_VALUE, entries::add);
        append(log, "y".repeat(10) + "\nI1231 23:59:59.000001  7 m.cpp:2] next\n");
        follower.poll(Long.MAX_VALUE, entries::add);
        follower.poll(0, entries::add);

        // Then
        assertThat(entries).extracting(LogEntry::text).containsExactly(
                (head + "y".repeat(800_010)).substring(0, FileFollower.MAX_LINE_BYTES),
                "I1231 23:59:59.000001  7 m.cpp:2] next");
        assertThat(entries.get(0).endOffset()).isEqualTo(head.length() + 800_011);
        assertThat(follower.takeProblems()).hasSize(1);
    }

    /** A follower of the file from its first byte; {@code year} is that of its first line, 0 when unknown. */
    private static FileFollower fromTheTop(Path log, int year) {
        return new FileFollower(log, null, ReadPosition.start(year), "fallback");
    }

    /** A follower from the top that has handed out the entries of the file, the last one kept open. */
    private static FileFollower readToItsEnd(Path log, List<LogEntry> entries) throws IOException {
        FileFollower follower = fromTheTop(log, 0);
        follower.poll(Long.MAX_VALUE, entries::add);
        return follower;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
