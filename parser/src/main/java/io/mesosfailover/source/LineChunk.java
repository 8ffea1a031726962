package io.mesosfailover.source;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Consecutive whole lines of one log, as bytes, from {@link LogChunks}: decoded line by line by the thread that
 * parses them ({@link #forEachLine}), to the same text {@link LogInput#readLine} gives. Immutable once made.
 */
public final class LineChunk {

    private final byte[] bytes;
    private final int length;
    private final long firstLine;
    private final int lines;
    private final List<LongLine> longLines;
    private final List<Note> notes;
    private final String following;

    /**
     * @param bytes the lines, each with its terminator ({@code \n}, {@code \r\n}, a lone {@code \r}), the last of the
     *     input maybe without one; at a long line's place, nothing
     * @param following the start of the line after the chunk (at most a few kilobytes), {@code null} at the end
     */
    LineChunk(byte[] bytes, int length, long firstLine, int lines, List<LongLine> longLines, List<Note> notes,
            String following) {
        this.bytes = bytes;
        this.length = length;
        this.firstLine = firstLine;
        this.lines = lines;
        this.longLines = List.copyOf(longLines);
        this.notes = List.copyOf(notes);
        this.following = following;
    }

    /** Takes the lines of a chunk, one after the other, on the thread that calls {@link #forEachLine}. */
    @FunctionalInterface
    public interface LineHandler {
        /** @param line the text of the line without its terminator */
        void line(String line);
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
        return length;
    }

    /**
     * @return the beginning of the line that follows the chunk (a few kilobytes of it at most, so that its glog prefix
     *     can be read), {@code null} when the chunk ends the log
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
            int end = position;
            while (end < length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String line = new String(bytes, position, end - position, StandardCharsets.UTF_8);
            if (line.length() > LogInput.MAX_LINE_CHARS) {
                addCut(number, line.length() - LogInput.MAX_LINE_CHARS, problems);
                line = line.substring(0, LogInput.MAX_LINE_CHARS);
            }
            handler.line(line);
            position = end < length && bytes[end] == '\r' && end + 1 < length && bytes[end + 1] == '\n' ? end + 2
                    : end + 1;
        }
        addNotes(Long.MAX_VALUE, note, problems);
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

    /** Something the reader met after line {@code afterLine} of the log (0: before the first). */
    record Note(long afterLine, String text) {
    }
}
