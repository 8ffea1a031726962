package io.mesosfailover.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;

/**
 * Consecutive whole lines of one log, as bytes, from {@link LogChunks}: decoded line by line by the thread that
 * parses them ({@link #forEachLine}), to the same text {@link LogInput#readLine} gives. Immutable once made.
 */
public final class LineChunk {

    /** Buffers kept for chunks to come, at most. */
    private static final int MAX_RELEASED = 4;

    private final byte[] bytes;
    private final int[] lineEnds;
    private final long firstLine;
    private final int lines;
    private final List<LongLine> longLines;
    private final List<Note> notes;
    private final String following;
    private final Queue<byte[]> released;
    private boolean done;

    /**
     * @param bytes the lines, each with its terminator ({@code \n}, {@code \r\n}, a lone {@code \r}), the last of the
     *     input maybe without one; at a long line's place, nothing
     * @param following the start of the line after the chunk (at most a few kilobytes), {@code null} at the end
     */
    /**
     * @param lineEnds where each line ends in {@code bytes}, its terminator included (a long line's place: where the
     *     line before it ends)
     */
    LineChunk(byte[] bytes, int[] lineEnds, long firstLine, int lines, Asides asides, String following,
            Queue<byte[]> released) {
        this.bytes = bytes;
        this.lineEnds = lineEnds;
        this.firstLine = firstLine;
        this.lines = lines;
        this.longLines = asides.longLines;
        this.notes = asides.notes;
        this.following = following;
        this.released = released;
    }

    /**
     * Gives the chunk's bytes back to its reader, for a chunk to come: once its lines are read for the last time
     * (a chunk released may not be read again). Releasing is optional.
     */
    public void release() {
        if (!done) {
            done = true;
            if (released.size() < MAX_RELEASED) {
                released.add(bytes);
            }
        }
    }

    /** Takes the lines of a chunk, one after the other, on the thread that calls {@link #forEachLine}. */
    @FunctionalInterface
    public interface LineHandler {
        /** @param line the text of the line without its terminator */
        void line(String line);

        /**
         * Takes a line as its bytes, to decode as UTF-8: a line that needs no cut. By default, decodes it for
         * {@link #line(String)}.
         *
         * @param lineBytes holds the line in {@code [from, to)}, without its terminator
         */
        default void line(byte[] lineBytes, int from, int to) {
            line(new String(lineBytes, from, to - from, StandardCharsets.UTF_8));
        }
    }

    /** @return the size of the buffer that holds the chunk, its unused end included (for tests) */
    int capacity() {
        return bytes.length;
    }

    /** @return the number of the chunk's first line in its log (the first line of a log is 1) */
    public long firstLine() {
        return firstLine;
    }

    /** @return how many lines the chunk holds */
    public int lines() {
        return lines;
    }

    /** @return the bytes of its lines (of the input stream: uncompressed) */
    public int byteLength() {
        return lines == 0 ? 0 : lineEnds[lines - 1];
    }

    /**
     * @return the beginning of the line that follows the chunk, without its terminator (a few kilobytes of it at most,
     *     so that its glog prefix can be read), {@code null} when the chunk ends the log
     */
    public String following() {
        return following;
    }

    /**
     * Decodes the lines in order, as {@link LogInput} does: UTF-8, a malformed byte becomes U+FFFD, a line longer
     * than {@link LogInput#MAX_LINE_CHARS} is cut.
     *
     * @param problems gets what went wrong on the way, in words for the user, in the order {@link LogInput} says
     *     it: the lines that were cut, and where the input was damaged or ended in bytes that are not gzip
     */
    public void forEachLine(LineHandler handler, List<String> problems) {
        if (done) {
            throw new IllegalStateException("the chunk was released");
        }
        int position = 0;
        int longLine = 0;
        int note = 0;
        for (int index = 0; index < lines; index++) {
            long number = firstLine + index;
            note = addNotes(number - 1, note, problems);
            if (longLine < longLines.size() && longLines.get(longLine).index == index) {
                LongLine line = longLines.get(longLine++);
                addCut(number, line.cut, problems);
                handler.line(line.text);
                continue;
            }
            int next = lineEnds[index];
            int end = contentEnd(position, next);
            if (end - position <= LogInput.MAX_LINE_CHARS) {
                // no more characters than bytes: nothing to cut
                handler.line(bytes, position, end);
            } else {
                String line = new String(bytes, position, end - position, StandardCharsets.UTF_8);
                if (line.length() > LogInput.MAX_LINE_CHARS) {
                    addCut(number, line.length() - LogInput.MAX_LINE_CHARS, problems);
                    line = line.substring(0, LogInput.MAX_LINE_CHARS);
                }
                handler.line(line);
            }
            position = next;
        }
        addNotes(Long.MAX_VALUE, note, problems);
    }

    /** @return where the text of the line that starts at {@code start} and ends at {@code next} ends */
    private int contentEnd(int start, int next) {
        if (next > start && bytes[next - 1] == '\n') {
            return next - 1 > start && bytes[next - 2] == '\r' ? next - 2 : next - 1;
        }
        return next > start && bytes[next - 1] == '\r' ? next - 1 : next;
    }

    private int addNotes(long afterLine, int from, List<String> problems) {
        int next = from;
        while (next < notes.size() && notes.get(next).afterLine <= afterLine) {
            problems.add(notes.get(next++).text);
        }
        return next;
    }

    private static void addCut(long number, long cut, List<String> problems) {
        if (cut > 0) {
            problems.add(LogInput.cutProblem(number, cut));
        }
    }

    /** A line too long to keep as bytes: decoded while read, its text cut already, and how much of it was cut. */
    record LongLine(int index, String text, long cut) {
    }

    /** What the reader put aside: the long lines it decoded, what it met on the way. */
    record Asides(List<LongLine> longLines, List<Note> notes) {
        Asides {
            longLines = List.copyOf(longLines);
            notes = List.copyOf(notes);
        }
    }

    /** Something the reader met after line {@code afterLine} of the log (0: before the first). */
    record Note(long afterLine, String text) {
    }
}
