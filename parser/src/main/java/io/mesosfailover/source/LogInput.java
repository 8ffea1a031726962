package io.mesosfailover.source;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * The lines of one archived log: a plain file, a gzip file (known by its magic bytes, whatever its name; every
 * member of it) or standard input. Bytes that are not UTF-8 become U+FFFD; a line longer than
 * {@link #MAX_LINE_CHARS} is cut and the rest of it skipped; a gzip stream that ends early delivers every line before
 * the damage; bytes after the last gzip member that are not gzip are counted. Each of these is a
 * {@linkplain #problems() problem} the caller reports. Not thread-safe.
 */
public final class LogInput implements Closeable {

    /**
     * The longest line kept whole; glog's own limit is 30,000 characters per message. {@code ingest} cuts at the
     * same length (in bytes: its records must fit the broker's 1 MB default), so both paths read the same lines.
     */
    public static final int MAX_LINE_CHARS = 512 * 1024;
    /** The name of standard input. */
    public static final String STANDARD_INPUT = "-";

    private static final int BUFFER_CHARS = 1 << 16;

    private final String name;
    private final CountingInputStream bytes;
    private final Reader reader;
    private final char[] buffer = new char[BUFFER_CHARS];
    private final StringBuilder line = new StringBuilder(256);
    private final List<String> problems = new ArrayList<>();
    private final GzipMembers gzip;
    private int position;
    private int limit;
    private long lineNumber;
    private boolean ended;
    private boolean trailingReported;

    private LogInput(String name, InputStream raw) throws IOException {
        this.name = name;
        this.bytes = new CountingInputStream(raw);
        BufferedInputStream buffered = new BufferedInputStream(bytes, 1 << 16);
        this.gzip = isGzip(buffered) ? new GzipMembers(buffered) : null;
        InputStream content = gzip != null ? gzip : buffered;
        // InputStreamReader replaces malformed input instead of throwing.
        this.reader = new InputStreamReader(content, StandardCharsets.UTF_8);
    }

    /**
     * Opens a file; a named pipe or a process substitution ({@code <(...)}) is read as the stream it is.
     *
     * @throws InputException naming the file and the reason when it cannot be opened (missing, unreadable, a
     *     directory, a gzip file cut short in its header)
     */
    public static LogInput open(Path file) throws InputException {
        return open(file, stream -> new LogInput(file.toString(), stream));
    }

    /** Makes a reader of a file's stream; closes the stream when that fails. */
    @FunctionalInterface
    interface StreamReader<T> {
        T of(InputStream stream) throws IOException;
    }

    /**
     * Opens a file as {@link #open(Path)} does, for {@code reader}.
     *
     * @throws InputException naming the file and the reason when it cannot be opened
     */
    static <T> T open(Path file, StreamReader<T> reader) throws InputException {
        requireNonNull(file, "file is null");
        try {
            // A channel's stream asks a pipe for its position to answer available(), which fails ("Illegal seek").
            InputStream stream = Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)
                    ? new FileInputStream(file.toFile()) : Files.newInputStream(file);
            try {
                return reader.of(stream);
            } catch (IOException e) {
                stream.close();
                throw e;
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads from a stream, such as standard input; closing the input closes the stream. */
    public static LogInput of(String name, InputStream stream) throws IOException {
        return new LogInput(requireNonNull(name, "name is null"), requireNonNull(stream, "stream is null"));
    }

    /** @return the name events are traced back to */
    public String name() {
        return name;
    }

    /** @return bytes read from the file so far (compressed bytes for gzip) */
    public long bytesRead() {
        return bytes.count();
    }

    /** @return what went wrong so far, in words for the user (cut lines, a truncated gzip stream) */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Reads the next line without its terminator ({@code \n}, {@code \r\n} or a lone {@code \r}).
     *
     * @return the line, or {@code null} at the end of the input
     * @throws IOException when reading fails for another reason than a damaged gzip stream
     */
    public String readLine() throws IOException {
        if (ended) {
            return null;
        }
        line.setLength(0);
        long cut = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                return sawAny ? finishLine(cut) : null;
            }
            sawAny = true;
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            cut += keep(start, end);
            position = end;
            if (end < limit) {
                position++;
                if (buffer[end] == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
                    position++;
                }
                return finishLine(cut);
            }
        }
    }

    /** Keeps the characters of a line up to the cap; @return how many were cut */
    private int keep(int start, int end) {
        int room = MAX_LINE_CHARS - line.length();
        int length = end - start;
        if (length <= room) {
            line.append(buffer, start, length);
            return 0;
        }
        line.append(buffer, start, Math.max(room, 0));
        return length - Math.max(room, 0);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private String finishLine(long cut) {
        lineNumber++;
        if (cut > 0) {
            problems.add(cutProblem(lineNumber, cut));
        }
        return line.toString();
    }

    static String cutProblem(long lineNumber, long cut) {
        return "line " + lineNumber + " is longer than " + MAX_LINE_CHARS + " characters: " + cut
                + " characters were cut";
    }

    static String damageProblem(long lineNumber, IOException damaged) {
        return "the gzip stream ends early or is damaged after line " + lineNumber + " (" + damaged.getMessage()
                + "): the lines before were read";
    }

    static String trailingProblem(long trailingBytes, long lineNumber) {
        return trailingBytes + " bytes after the end of the gzip data (after line " + lineNumber
                + ") are not gzip and were not read";
    }

    /** @return whether the stream starts with the gzip magic bytes (it is left where it was) */
    static boolean isGzip(BufferedInputStream stream) throws IOException {
        stream.mark(2);
        int first = stream.read();
        int second = stream.read();
        stream.reset();
        return first == 0x1f && second == 0x8b;
    }

    private boolean fill() throws IOException {
        try {
            int read = reader.read(buffer, 0, buffer.length);
            if (read <= 0) {
                reportTrailingBytes();
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (EOFException | ZipException damaged) {
            problems.add(damageProblem(lineNumber, damaged));
            return false;
        }
    }

    private void reportTrailingBytes() {
        if (gzip != null && gzip.trailingBytes() > 0 && !trailingReported) {
            trailingReported = true;
            problems.add(trailingProblem(gzip.trailingBytes(), lineNumber));
        }
    }

}
