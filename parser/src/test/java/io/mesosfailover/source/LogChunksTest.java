package io.mesosfailover.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lines of {@link LogChunks}, chunk after chunk, are those of {@link LogInput}, with the same problems. */
class LogChunksTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 4096, 1 << 20})
    void shouldGiveTheLinesOfLogInputWhateverTheChunkSize(int size) throws IOException {
        // Given: every line end, invalid UTF-8 (also split by a line end), NUL, lines cut short at the end
        byte[] bytes = randomLog(new SplittableRandom(size), 3_000);

        // When
        Chunked chunked = chunked(LogChunks.of("random", new ByteArrayInputStream(bytes)), size);

        // Then
        assertThat(chunked.lines).containsExactlyElementsOf(readAll(LogInput.of("random",
                new ByteArrayInputStream(bytes))).lines);
        assertThat(chunked.chunks).isGreaterThan(size < 4096 ? 10 : 0);
    }

    @Test
    void shouldEndChunksBeforeLinesThatLookLikeGlogEntries() throws IOException {
        // Given
        String text = "I0903 10:15:22.317204  1432 a.cpp:1] one\n continued\nI0903 10:15:23.317204  1432 a.cpp:1] two\n"
                + "W0903 10:15:24.317204  1432 a.cpp:1] three\n";

        // When
        List<LineChunk> chunks = new ArrayList<>();
        try (LogChunks input = LogChunks.of("log", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            for (LineChunk chunk = input.next(30); chunk != null; chunk = input.next(30)) {
                chunks.add(chunk);
            }
        }

        // Then: the continuation line stays with its entry; each chunk knows its first line and what follows it
        assertThat(chunks).extracting(LineChunk::lines).containsExactly(2, 1, 1);
        assertThat(chunks).extracting(LineChunk::firstLine).containsExactly(1L, 3L, 4L);
        assertThat(chunks.get(0).following()).isEqualTo("I0903 10:15:23.317204  1432 a.cpp:1] two");
        assertThat(chunks.get(2).following()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 1 << 20})
    void shouldCutHugeLinesAsLogInputDoes(int size) throws IOException {
        // Given: lines above the cap (one of several megabytes, one of multi-byte characters) and below it
        String huge = "x".repeat(10 * 1024 * 1024);
        String wide = "\u00e9\u20ac\ud83d\ude00".repeat(LogInput.MAX_LINE_CHARS / 3);
        String justBelow = "y".repeat(LogInput.MAX_LINE_CHARS);
        byte[] bytes = ("a\n" + huge + "\r\n" + wide + "\r" + justBelow + "\nb\n" + huge).getBytes(
                StandardCharsets.UTF_8);

        // When
        Chunked chunked = chunked(LogChunks.of("huge", new ByteArrayInputStream(bytes)), size);

        // Then
        Chunked expected = readAll(LogInput.of("huge", new ByteArrayInputStream(bytes)));
        assertThat(chunked.lines).hasSize(6).isEqualTo(expected.lines);
        assertThat(chunked.problems).hasSize(3).isEqualTo(expected.problems);
    }

    @Test
    void shouldReportGzipDamageAndTrailingBytesAsLogInputDoes() throws IOException {
        // Given: two members, 5 bytes that are not gzip; and a file cut in its middle
        Path members = Files.write(folder.resolve("members.gz"), LogInputTest.twoGzipMembersAndJunk());
        Path cut = Files.write(folder.resolve("cut.gz"), LogInputTest.gzipCutInItsMiddle());

        // When
        Chunked fromMembers = chunked(LogChunks.open(members), 4);
        Chunked fromCut = chunked(LogChunks.open(cut), 10_000);

        // Then
        assertThat(fromMembers.lines).containsExactly("first", "second", "third");
        assertThat(fromMembers.problems).containsExactly(
                "5 bytes after the end of the gzip data (after line 3) are not gzip and were not read");
        assertThat(fromCut.lines).hasSizeGreaterThan(1_000);
        assertThat(fromCut.lines.get(999)).isEqualTo("line 999 of a log that will be cut short");
        assertThat(fromCut.problems).singleElement().asString()
                .startsWith("the gzip stream ends early or is damaged after line " + (fromCut.lines.size() - 1) + " ");
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 4096, 64 * 1024})
    void shouldKeepTheBufferOfAChunkNearTheChunkSizeWhateverTheInputSize(int size) throws IOException {
        // Given: 16 MB of log lines from a stream, whose size the chunks cannot know
        byte[] line = ("I0903 10:15:10.317204  1432 master.cpp:4011] Launching task web.679664c0 of framework"
                + " b1c9e6a4-0000 with resources cpus:0.5; mem:256 on agent b1c9e6a4-S3\n")
                .getBytes(StandardCharsets.UTF_8);
        int lines = (16 << 20) / line.length;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        for (int i = 0; i < lines; i++) {
            log.writeBytes(line);
        }

        // When: read in chunks of that size, each released once read, as the parse does
        int largest = 0;
        long read = 0;
        try (LogChunks input = LogChunks.of("large", new ByteArrayInputStream(log.toByteArray()))) {
            for (LineChunk chunk = input.next(size); chunk != null; chunk = input.next(size)) {
                largest = Math.max(largest, chunk.capacity());
                read += chunk.lines();
                chunk.release();
            }
        }

        // Then: a buffer holds a chunk, the start of the line after it and a read, not what was read ahead of it
        // (a buffer that doubled what it carried over grew to megabytes for chunks smaller than a read)
        assertThat(read).isEqualTo(lines);
        assertThat(largest).isLessThanOrEqualTo(2 * (size + line.length + LogChunks.FOLLOWING_BYTES
                + LogChunks.READ_BYTES));
    }

    @Test
    void shouldReadAnEmptyInputAsNoLines() throws IOException {
        assertThat(chunked(LogChunks.open(Files.createFile(folder.resolve("empty.log"))), 100).lines).isEmpty();
    }

    /** Lines of glog-like text, random bytes and every kind of line end. */
    static byte[] randomLog(SplittableRandom random, int lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] ends = {"\n", "\r\n", "\r", "\n\n", "\r\r\n"};
        for (int i = 0; i < lines; i++) {
            if (random.nextInt(4) == 0) {
                byte[] noise = new byte[random.nextInt(60)];
                random.nextBytes(noise);
                out.writeBytes(noise);
            } else {
                out.writeBytes(("I0903 10:15:" + (10 + i % 50) + ".317204  1432 master.cpp:" + i + "] message " + i
                        + " \u00e9").getBytes(StandardCharsets.UTF_8));
            }
            if (random.nextInt(10) == 0) {
                out.writeBytes(new byte[] {(byte) 0xe2, (byte) 0x82});
            }
            if (i < lines - 1 || random.nextBoolean()) {
                out.writeBytes(ends[random.nextInt(ends.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static Chunked chunked(LogChunks input, int size) throws IOException {
        Chunked chunked = new Chunked();
        try (input) {
            for (LineChunk chunk = input.next(size); chunk != null; chunk = input.next(size)) {
                assertThat(chunk.firstLine()).isEqualTo(chunked.lines.size() + 1);
                chunk.forEachLine(chunked.lines::add, chunked.problems);
                chunked.chunks++;
            }
        }
        return chunked;
    }

    private static Chunked readAll(LogInput input) throws IOException {
        Chunked all = new Chunked();
        all.lines.addAll(LogInputTest.readAll(input));
        all.problems.addAll(input.problems());
        return all;
    }

    /** Lines and problems read, and in how many chunks. */
    private static final class Chunked {
        final List<String> lines = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int chunks;
    }
}
