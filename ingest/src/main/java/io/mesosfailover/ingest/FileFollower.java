package io.mesosfailover.ingest;

import io.mesosfailover.source.LogInput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Follows one log file by its path, like {@code tail -F}: reads what is appended, follows a rename-and-create rotation
 * (the old file is read to its end first) and a copy-and-truncate (reading starts again at the top), and groups the
 * lines into entries. A line is only read once its {@code \n} is written; an entry is handed out when the next one
 * starts, when the file has been quiet for a while, or at the end of an archived file.
 */
public final class FileFollower implements AutoCloseable {

    /**
     * A line longer than this is cut there and the rest of it skipped, as {@code analyze} does (the same cap,
     * {@link LogInput#MAX_LINE_CHARS}): a record must stay below the broker's default size
     * limit of 1 MB. Each cut line is reported.
     */
    static final int MAX_LINE_BYTES = LogInput.MAX_LINE_CHARS;
    /** Bytes read at most by one poll, so that one transaction of {@code ingest} stays small. */
    static final long MAX_BYTES_PER_POLL = 4L * 1024 * 1024;

    private final Path path;
    private final String defaultHost;
    private final ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
    private final byte[] partial = new byte[MAX_LINE_BYTES];
    private int partialLength;
    /** Bytes of the unfinished line beyond the cap, skipped. */
    private long skipped;
    private final List<String> problems = new ArrayList<>();
    private FileChannel channel;
    private String fileKey;
    private long readOffset;
    private EntryAssembler assembler;
    private long lastGrowthNanos = System.nanoTime();
    private long rotations;

    /**
     * @param path the file path to follow
     * @param fileKey the identity of the file the position belongs to, {@code null} for the file now at the path
     * @param position where to start
     * @param defaultHost the host when the file names none
     */
    public FileFollower(Path path, String fileKey, ReadPosition position, String defaultHost) {
        this.path = path;
        this.fileKey = fileKey;
        this.defaultHost = defaultHost;
        this.assembler = new EntryAssembler(position, defaultHost);
        this.readOffset = position.offset();
    }

    /** @return the identity (device and inode) of the file at the path, {@code null} if there is none */
    public static String fileKeyOf(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return key == null ? "size-unknown" : key.toString();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reads what is new.
     *
     * @param quietNanos hand out the open entry when the file has not grown for this long
     * @param out receives the entries read
     * @return whether anything was read
     * @throws IOException if the file cannot be read
     */
    public boolean poll(long quietNanos, Consumer<LogEntry> out) throws IOException {
        if (channel == null && !open()) {
            return false;
        }
        boolean read = drain(out);
        String current = fileKeyOf(path);
        if (current != null && !current.equals(fileKey)) {
            read |= drain(out);
            endOfFile(out);
            switchTo(current);
            read |= drain(out);
        } else if (current != null && Files.size(path) < readOffset) {
            endOfFile(out);
            switchTo(current);
            read |= drain(out);
        }
        if (read) {
            lastGrowthNanos = System.nanoTime();
        } else if (assembler.hasOpenEntry() && System.nanoTime() - lastGrowthNanos >= quietNanos) {
            assembler.flush(out);
        }
        return read;
    }

    /**
     * Reads on towards the end of an archived file; at the end, hands out everything, an unfinished last line too.
     *
     * @return whether the end was reached
     */
    public boolean readToEnd(Consumer<LogEntry> out) throws IOException {
        if (channel == null && !open()) {
            return true;
        }
        if (drain(out)) {
            return false;
        }
        endOfFile(out);
        return true;
    }

    /** @return whether the file holds bytes not read yet */
    public boolean hasMore() throws IOException {
        return channel != null && channel.size() > readOffset;
    }

    /** @return where to resume after a restart */
    public ReadPosition resumePosition() {
        return assembler.resumePosition();
    }

    /** @return the identity of the file being read */
    public String fileKey() {
        return fileKey;
    }

    /** @return the path followed */
    public Path path() {
        return path;
    }

    /** @return the problems met since the last call (lines cut), for the caller to report */
    public List<String> takeProblems() {
        if (problems.isEmpty()) {
            return List.of();
        }
        List<String> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    /** @return the rotations and truncations seen */
    public long rotations() {
        return rotations;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private boolean open() throws IOException {
        String current = fileKeyOf(path);
        if (current == null) {
            return false;
        }
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (fileKey != null && !fileKey.equals(current) || channel.size() < readOffset) {
            startAtTop();
        }
        fileKey = current;
        channel.position(readOffset);
        return true;
    }

    private void switchTo(String newKey) throws IOException {
        rotations++;
        channel.close();
        channel = null;
        partialLength = 0;
        skipped = 0;
        startAtTop();
        fileKey = newKey;
        open();
    }

    /** Reads from the first line again (another file, or this one truncated), keeping the year known so far. */
    private void startAtTop() {
        assembler = new EntryAssembler(ReadPosition.start(assembler.resumePosition().year()), defaultHost);
        readOffset = 0;
    }

    private boolean drain(Consumer<LogEntry> out) throws IOException {
        boolean any = false;
        long budget = MAX_BYTES_PER_POLL;
        while (budget > 0) {
            buffer.clear();
            int count = channel.read(buffer);
            if (count <= 0) {
                return any;
            }
            any = true;
            budget -= count;
            readOffset += count;
            split(buffer.array(), count, out);
        }
        return any;
    }

    /** Hands out the complete lines of {@code bytes[0, count)}; the unfinished rest waits in {@code partial}. */
    private void split(byte[] bytes, int count, Consumer<LogEntry> out) {
        int start = 0;
        for (int i = 0; i < count; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            if (partialLength == 0 && i - start <= MAX_LINE_BYTES) {
                assembler.acceptLine(new String(bytes, start, i - start, StandardCharsets.UTF_8), i - start + 1, out);
            } else {
                keep(bytes, start, i);
                line(out, 1);
            }
            start = i + 1;
        }
        keep(bytes, start, count);
    }

    /** Adds bytes to the unfinished line; beyond {@link #MAX_LINE_BYTES} they are only counted. */
    private void keep(byte[] bytes, int from, int to) {
        int n = Math.min(to - from, partial.length - partialLength);
        System.arraycopy(bytes, from, partial, partialLength, n);
        partialLength += n;
        skipped += to - from - n;
    }

    private void endOfFile(Consumer<LogEntry> out) {
        if (partialLength > 0) {
            line(out, 0);
        }
        assembler.flush(out);
    }

    /** Hands out the unfinished line, cut at the cap; {@code terminator}: the bytes of its end of line. */
    private void line(Consumer<LogEntry> out, int terminator) {
        String text = new String(partial, 0, partialLength, StandardCharsets.UTF_8);
        if (skipped > 0) {
            problems.add(path + ": line " + assembler.nextLineNumber() + " is longer than " + MAX_LINE_BYTES
                    + " bytes: " + skipped + " bytes were cut");
        }
        long length = partialLength + skipped + terminator;
        partialLength = 0;
        skipped = 0;
        assembler.acceptLine(text, length, out);
    }

    @Override
    public String toString() {
        return path + " (" + Objects.requireNonNullElse(fileKey, "absent") + ")";
    }
}
