package io.mesosfailover.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogInputTest {

    @TempDir
    Path folder;

    @Test
    void shouldReadGzipByItsMagicBytesWhateverTheName() throws IOException {
        // Given
        Path file = folder.resolve("mesos-master.INFO.20150502");
        Files.write(file, gzip("first\nsecond\n".getBytes(StandardCharsets.UTF_8)));

        // When
        List<String> lines = readAll(LogInput.open(file));

        // Then
        assertThat(lines).containsExactly("first", "second");
    }

    @Test
    void shouldDeliverEveryLineBeforeTheDamageOfATruncatedGzip() throws IOException {
        // Given
        Path file = Files.write(folder.resolve("cut.gz"), gzipCutInItsMiddle());

        // When
        LogInput input = LogInput.open(file);
        List<String> lines = readAll(input);

        // Then
        assertThat(lines).hasSizeGreaterThan(1_000);
        assertThat(lines.get(999)).isEqualTo("line 999 of a log that will be cut short");
        assertThat(input.problems()).singleElement().asString().contains("gzip stream ends early");
    }

    @Test
    void shouldReadEveryGzipMemberAndCountTheBytesAfterTheLast() throws IOException {
        // Given: two members (as cat a.gz b.gz makes) and 5 bytes that are not gzip
        Path file = Files.write(folder.resolve("two-members.gz"), twoGzipMembersAndJunk());

        // When
        LogInput input = LogInput.open(file);
        List<String> lines = readAll(input);

        // Then
        assertThat(lines).containsExactly("first", "second", "third");
        assertThat(input.problems()).singleElement().asString()
                .isEqualTo("5 bytes after the end of the gzip data (after line 3) are not gzip and were not read");
    }

    @Test
    void shouldReportAGzipMemberWhoseTrailerDoesNotMatch() throws IOException {
        // Given: the CRC of the trailer changed
        byte[] whole = gzip("first\nsecond\n".getBytes(StandardCharsets.UTF_8));
        whole[whole.length - 8] ^= 0x01;
        Path file = folder.resolve("bad-crc.gz");
        Files.write(file, whole);

        // When
        LogInput input = LogInput.open(file);
        List<String> lines = readAll(input);

        // Then
        assertThat(lines).containsExactly("first", "second");
        assertThat(input.problems()).singleElement().asString().contains("corrupt gzip trailer");
    }

    @Test
    void shouldCutAHugeLineAndKeepCountingTheNextOnes() throws IOException {
        // Given
        String huge = "x".repeat(10 * 1024 * 1024);
        LogInput input = LogInput.of("huge", new ByteArrayInputStream(("a\n" + huge + "\nb\n").getBytes(StandardCharsets.UTF_8)));

        // When
        List<String> lines = readAll(input);

        // Then
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).hasSize(LogInput.MAX_LINE_CHARS);
        assertThat(lines.get(2)).isEqualTo("b");
        assertThat(input.problems()).singleElement().asString().startsWith("line 2 is longer than");
    }

    @Test
    void shouldReplaceInvalidUtf8AndKeepNulAndHandleEveryLineEnd() throws IOException {
        // Given
        byte[] bytes = {'a', (byte) 0xff, (byte) 0xfe, 'b', '\r', '\n', 'c', 0, 'd', '\r', 'e', '\n', 'f'};

        // When
        List<String> lines = readAll(LogInput.of("odd", new ByteArrayInputStream(bytes)));

        // Then
        assertThat(lines).containsExactly("a\uFFFD\uFFFDb", "c\0d", "e", "f");
    }

    @Test
    void shouldReadAnEmptyFileAsNoLines() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.log"));

        assertThat(readAll(LogInput.open(empty))).isEmpty();
    }

    @Test
    void shouldExpandFoldersAndGlobsAndRejectWhatDoesNotExist() throws IOException {
        // Given
        Path logs = Files.createDirectories(folder.resolve("logs"));
        Files.writeString(logs.resolve("b.log"), "b");
        Files.writeString(logs.resolve("a.log.gz"), "a");
        Files.createDirectories(logs.resolve("old"));
        Files.writeString(logs.resolve("old").resolve("c.log"), "c");

        // When
        List<String> fromFolder = InputPaths.expand(List.of(logs.toString()));
        List<String> fromGlob = InputPaths.expand(List.of(logs + "/*.log", "-"));

        // Then
        assertThat(fromFolder).containsExactly(logs.resolve("a.log.gz").toString(), logs.resolve("b.log").toString(),
                logs.resolve("old").resolve("c.log").toString());
        assertThat(fromGlob).containsExactly(logs.resolve("b.log").toString(), "-");
        assertThatThrownBy(() -> InputPaths.expand(List.of(folder.resolve("missing.log").toString())))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("missing.log");
        assertThatThrownBy(() -> InputPaths.expand(List.of(logs + "/*.txt"))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("matches no file");
    }

    static List<String> readAll(LogInput input) throws IOException {
        List<String> lines = new ArrayList<>();
        try (input) {
            for (String line = input.readLine(); line != null; line = input.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Two gzip members, "first\nsecond\n" and "third\n", as cat a.gz b.gz makes them, then 5 bytes that are not gzip. */
    static byte[] twoGzipMembersAndJunk() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(gzip("first\nsecond\n".getBytes(StandardCharsets.UTF_8)));
        bytes.write(gzip("third\n".getBytes(StandardCharsets.UTF_8)));
        bytes.write(new byte[] {'j', 'u', 'n', 'k', '\n'});
        return bytes.toByteArray();
    }

    /** The first half of a gzip stream of 20,000 lines "line N of a log that will be cut short". */
    static byte[] gzipCutInItsMiddle() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("line ").append(i).append(" of a log that will be cut short\n");
        }
        byte[] whole = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(whole, whole.length / 2);
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }
}
