package io.mesosfailover.source;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.ZipException;

/**
 * The lines of one archived log, as {@link LogInput} reads them (plain or gzip by its magic bytes, standard input,
 * named pipes), in chunks of whole lines of about a given size, so that several threads can parse one file. A chunk
 * ends before a line that looks like the start of a glog entry where there is one within a few times the size,
 * so that an entry (a message and its continuation lines) does not cross a chunk's end. The bytes are decoded by
 * the thread that parses them ({@link LineChunk#forEachLine}); a line longer than
 * {@link #LONG_LINE_BYTES} is decoded here, as it is read, so that memory stays bounded. Not thread-safe.
 */
public final class LogChunks implements Closeable {

    /** A line with more bytes is decoded and cut while it is read, never kept whole. */
    static final int LONG_LINE_BYTES = 4 * LogInput.MAX_LINE_CHARS;
    /** How much of the following line a chunk carries: enough for any glog prefix. */
    static final int FOLLOWING_BYTES = 4096;
    /** A chunk grows at most this many times its size looking for the start of an entry. */
    static final int MAX_GROWTH = 4;

    static final int READ_BYTES = 1 << 16;
    private static final int MIN_READ_BYTES = 512;

    private final String name;
    private final CountingInputStream counted;
    private final InputStream content;
    private final GzipMembers gzip;
    private final List<LineChunk.Note> notes = new ArrayList<>();
    /** Buffers of chunks that were parsed, for the next chunks (a chunk's bytes are garbage once parsed). */
    private final Queue<byte[]> released = new ConcurrentLinkedQueue<>();
    /** How much is read at once: less for a small file (thousands of small files are read one after the other). */
    private final int readBytes;
    /** The bytes the input should have, for a plain file; -1 when unknown. */
    private final long expectedBytes;
    private long bytesTaken;
    private byte[] buffer;
    private int filled;
    /** Where the scan of the buffer stopped: a line start; the lines before it, and where they start. */
    private int scanned;
    private int scannedLines;
    /** Where each line scanned ends, its terminator included: where the next one starts. */
    private int[] lineEnds = new int[1024];
    private long nextLine = 1;
    private boolean ended;
    private boolean done;

    private LogChunks(String name, InputStream raw, long size) throws IOException {
        this.name = name;
        this.counted = new CountingInputStream(raw);
        this.readBytes = (int) Math.max(MIN_READ_BYTES, Math.min(READ_BYTES, size < 0 ? READ_BYTES : size + 1));
        BufferedInputStream buffered = new BufferedInputStream(counted, readBytes);
        this.gzip = LogInput.isGzip(buffered) ? new GzipMembers(buffered) : null;
        this.content = gzip != null ? gzip : buffered;
        this.expectedBytes = gzip == null ? size : -1;
        this.buffer = new byte[readBytes];
    }

    /**
     * Opens a file, as {@link LogInput#open} does.
     *
     * @throws InputException naming the file and the reason when it cannot be opened
     */
    public static LogChunks open(Path file) throws InputException {
        long size;
        try {
            size = Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException unknown) {
            size = -1;
        }
        long expected = size;
        return LogInput.open(file, stream -> new LogChunks(file.toString(), stream, expected));
    }

    /** Reads from a stream, such as standard input; closing the chunks closes the stream. */
    public static LogChunks of(String name, InputStream stream) throws IOException {
        return new LogChunks(requireNonNull(name, "name is null"), requireNonNull(stream, "stream is null"), -1);
    }

    /** @return the name events are traced back to */
    public String name() {
        return name;
    }

    /** @return bytes read from the file so far (compressed bytes for gzip) */
    public long bytesRead() {
        return counted.count();
    }

    /**
     * Reads the next chunk.
     *
     * @param size about how many bytes it should hold
     * @return the chunk, {@code null} after the last
     * @throws IOException when reading fails for another reason than a damaged gzip stream
     */
    public LineChunk next(int size) throws IOException {
        if (done) {
            return null;
        }
        List<LineChunk.LongLine> longLines = new ArrayList<>(0);
        int target = Math.max(size, 1);
        while (true) {
            int cut = scan(target);
            if (cut >= 0) {
                return take(cut, longLines, target);
            }
            if (ended) {
                // the rest, maybe a last line without a terminator
                if (scanned < filled) {
                    lineRead(filled);
                }
                return take(filled, longLines, target);
            }
            if (filled - scanned > LONG_LINE_BYTES) {
                readLongLine(longLines);
                continue;
            }
            fill(target);
        }
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    /**
     * Scans the unread lines from {@link #scanned}, counting them, for the end of the chunk: a line start at or past
     * {@code target} that looks like a glog entry, or past {@code MAX_GROWTH} times the target any line start. A
     * line start is taken only with the beginning of its line read, for {@link LineChunk#following}.
     *
     * @return where the chunk ends, or -1 when more input must be read first
     */
    private int scan(int target) {
        int position = scanned;
        while (true) {
            if (scannedLines > 0 && position >= target) {
                if (position + FOLLOWING_BYTES > filled && !ended) {
                    return -1;
                }
                if (looksLikeEntry(position) || position >= target * MAX_GROWTH) {
                    return position;
                }
            }
            position = nextLineStart(position);
            if (position < 0) {
                return -1;
            }
            lineRead(position);
        }
    }

    /** @return where the line after the one at {@code start} starts, or -1 when its end is not read yet */
    private int nextLineStart(int start) {
        int end = start;
        while (end < filled && buffer[end] != '\n' && buffer[end] != '\r') {
            end++;
        }
        if (end == filled || buffer[end] == '\r' && end + 1 == filled && !ended) {
            // the line goes on in the next read (\r\n may be split between two reads)
            return -1;
        }
        return buffer[end] == '\r' && end + 1 < filled && buffer[end + 1] == '\n' ? end + 2 : end + 1;
    }

    /** Counts a line scanned, which ends (its terminator included) at {@code end}. */
    private void lineRead(int end) {
        if (scannedLines == lineEnds.length) {
            lineEnds = Arrays.copyOf(lineEnds, scannedLines * 2);
        }
        lineEnds[scannedLines++] = end;
        scanned = end;
    }

    /** @return whether the line at {@code start} begins like a glog entry (a severity letter, then a digit) */
    private boolean looksLikeEntry(int start) {
        if (start + 1 >= filled) {
            return false;
        }
        byte severity = buffer[start];
        byte digit = buffer[start + 1];
        return (severity == 'I' || severity == 'W' || severity == 'E' || severity == 'F') && digit >= '0'
                && digit <= '9';
    }

    /** Hands out the bytes before {@code cut} as a chunk; the rest starts the next one. */
    private LineChunk take(int cut, List<LineChunk.LongLine> longLines, int target) {
        String following = null;
        if (cut < filled || !ended) {
            int limit = Math.min(filled, cut + FOLLOWING_BYTES);
            int end = cut;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            following = new String(buffer, cut, end - cut, StandardCharsets.UTF_8);
        }
        List<LineChunk.Note> chunkNotes = new ArrayList<>();
        long lastLine = nextLine + scannedLines - 1;
        while (!notes.isEmpty() && notes.get(0).afterLine() <= lastLine) {
            chunkNotes.add(notes.remove(0));
        }
        if (ended && cut == filled) {
            chunkNotes.addAll(notes);
            notes.clear();
            done = true;
        }
        LineChunk chunk = new LineChunk(buffer, lineEnds, nextLine, scannedLines,
                new LineChunk.Asides(longLines, chunkNotes), following, released);
        lineEnds = new int[lineEnds.length];
        // room for a chunk of the same size, the start of the line after it and a read, or for the rest and a read
        bytesTaken += cut;
        byte[] rest = buffer((int) Math.max(Math.min(target + FOLLOWING_BYTES + readBytes, expectedRest() + 1),
                filled - cut + (long) readBytes));
        System.arraycopy(buffer, cut, rest, 0, filled - cut);
        buffer = rest;
        filled -= cut;
        nextLine += scannedLines;
        scanned = 0;
        scannedLines = 0;
        return chunk;
    }

    /** @return a buffer of at least {@code size} bytes, one a parsed chunk left if there is one */
    private byte[] buffer(int size) {
        for (byte[] free = released.poll(); free != null; free = released.poll()) {
            if (free.length >= size) {
                return free;
            }
        }
        return new byte[size];
    }

    /** Reads more input, at least enough for a chunk of {@code target} bytes and the start of the line after it. */
    private void fill(int target) throws IOException {
        int wanted = (int) Math.min(Math.max(filled + readBytes, target + FOLLOWING_BYTES),
                Math.max(filled + 1, expectedRest() + 1));
        if (buffer.length < wanted) {
            buffer = Arrays.copyOf(buffer, Math.max(wanted, buffer.length * 2));
        }
        // no more than wanted: what is read beyond the chunk is carried into the next buffer, which would grow
        while (filled < wanted && !ended) {
            int read = read(buffer, filled, wanted - filled);
            if (read < 0) {
                ended = true;
            } else {
                filled += read;
            }
        }
    }

    /** @return the bytes still to come after those handed out, as the file's size says ({@code MAX_VALUE} unknown) */
    private long expectedRest() {
        return expectedBytes < 0 ? Integer.MAX_VALUE : Math.max(0, expectedBytes - bytesTaken);
    }

    /** Reads from the content; a damaged gzip stream ends it, as a problem. */
    private int read(byte[] target, int offset, int length) throws IOException {
        try {
            int read = content.read(target, offset, length);
            if (read < 0 && gzip != null && gzip.trailingBytes() > 0) {
                notes.add(new LineChunk.Note(completeLines(), LogInput.trailingProblem(gzip.trailingBytes(),
                        completeLines())));
            }
            return read;
        } catch (EOFException | ZipException damaged) {
            notes.add(new LineChunk.Note(completeLines(), LogInput.damageProblem(completeLines(), damaged)));
            return -1;
        }
    }

    /** @return the lines read to their end so far (those of the buffer counted) */
    private long completeLines() {
        long lines = nextLine - 1 + scannedLines;
        for (int i = scanned; i < filled; i++) {
            if (buffer[i] == '\n' || buffer[i] == '\r' && (i + 1 == filled || buffer[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    /**
     * Decodes the line at {@link #scanned}, longer than {@link #LONG_LINE_BYTES}, while reading it to its end: it
     * keeps {@link LogInput#MAX_LINE_CHARS} characters and counts the rest; its bytes leave the buffer.
     */
    private void readLongLine(List<LineChunk.LongLine> longLines) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        StringBuilder kept = new StringBuilder(LogInput.MAX_LINE_CHARS);
        CharBuffer chars = CharBuffer.allocate(READ_BYTES);
        long total = 0;
        while (true) {
            int end = scanned;
            while (end < filled && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            boolean lineEnds = end < filled || ended;
            ByteBuffer bytes = ByteBuffer.wrap(buffer, scanned, end - scanned);
            total += decode(decoder, bytes, chars, kept, lineEnds);
            // what is not decoded yet (an incomplete character) stays, the rest leaves the buffer
            removeBytes(scanned, bytes.position());
            if (lineEnds) {
                break;
            }
            fill(READ_BYTES);
        }
        if (scanned < filled && buffer[scanned] == '\r' && scanned + 1 == filled && !ended) {
            // the \n of a \r\n may come with the next read
            fill(READ_BYTES);
        }
        int terminator = scanned == filled ? 0
                : buffer[scanned] == '\r' && scanned + 1 < filled && buffer[scanned + 1] == '\n' ? 2 : 1;
        removeBytes(scanned, scanned + terminator);
        longLines.add(new LineChunk.LongLine(scannedLines, kept.toString(),
                Math.max(0, total - LogInput.MAX_LINE_CHARS)));
        lineRead(scanned);
    }

    /** Decodes bytes, keeping characters up to the line cap; @return how many characters they gave */
    private static long decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, StringBuilder kept,
            boolean endOfLine) {
        long count = 0;
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, endOfLine);
            count += drain(chars, kept);
            if (result.isUnderflow()) {
                break;
            }
        }
        if (endOfLine) {
            while (decoder.flush(chars).isOverflow()) {
                count += drain(chars, kept);
            }
            count += drain(chars, kept);
        }
        return count;
    }

    private static int drain(CharBuffer chars, StringBuilder kept) {
        chars.flip();
        int count = chars.remaining();
        int room = LogInput.MAX_LINE_CHARS - kept.length();
        if (room > 0) {
            kept.append(chars, 0, Math.min(room, count));
        }
        chars.clear();
        return count;
    }

    /** Removes the bytes {@code [from, to)} from the buffer. */
    private void removeBytes(int from, int to) {
        System.arraycopy(buffer, to, buffer, from, filled - to);
        filled -= to - from;
    }
}
