package io.mesosfailover.ingest;

import io.mesosfailover.parser.LogEntries;
import io.mesosfailover.parser.LogFileHeader;
import java.util.function.Consumer;

/**
 * Groups the lines of one file into {@link LogEntry entries} and keeps the file's context (line number, year with
 * its December-to-January turn, host from the header), so that each entry can be parsed on its own. The header lines
 * of a file make one entry, so that it already knows the host it is keyed by. Its
 * {@link #resumePosition()} is the position just after the last entry handed out: the lines of an entry still open
 * are read again after a restart, never lost and never sent twice.
 */
public final class EntryAssembler {

    /** The longest entry sent in one record; longer ones are cut into several. */
    static final int MAX_ENTRY_CHARS = 900 * 1024;

    private final String defaultHost;
    private long offset;
    private long nextLine;
    private int year;
    private int month;
    private String host;
    private StringBuilder open;
    private ReadPosition openStart;
    private int openYear;
    private boolean openIsHeader;

    /**
     * @param position where the file is read from
     * @param defaultHost the host when the file names none
     */
    public EntryAssembler(ReadPosition position, String defaultHost) {
        this.offset = position.offset();
        this.nextLine = position.nextLine();
        this.year = position.year();
        this.month = position.month();
        this.host = position.host();
        this.defaultHost = defaultHost;
    }

    /**
     * Reads one complete line.
     *
     * @param line the line without its {@code \n}
     * @param length its length in bytes, with its terminator
     * @param out receives the entry this line closes, if any
     */
    public void acceptLine(String line, long length, Consumer<LogEntry> out) {
        boolean header = LogFileHeader.isHeaderLine(line);
        boolean starts = header ? !openIsHeader : LogEntries.startsEntry(line);
        if (open != null && (starts || open.length() + line.length() >= MAX_ENTRY_CHARS)) {
            closeOpen(out);
        }
        ReadPosition before = open == null ? current() : null;
        learn(line);
        if (open == null) {
            open = new StringBuilder(Math.max(16, line.length()));
            openStart = before;
            openYear = year;
            openIsHeader = header;
            open.append(line);
        } else {
            open.append('\n').append(line);
        }
        offset += length;
        nextLine++;
    }

    /** @return the number of the next line, counted from 1 */
    long nextLineNumber() {
        return nextLine;
    }

    /** Hands out the open entry: the file is quiet, or at its end. */
    public void flush(Consumer<LogEntry> out) {
        if (open != null) {
            closeOpen(out);
        }
    }

    /** @return whether an entry is open (its lines read but not handed out) */
    public boolean hasOpenEntry() {
        return open != null;
    }

    /** @return where to resume after a restart: after the last entry handed out */
    public ReadPosition resumePosition() {
        return open != null ? openStart : current();
    }

    /** @return the host the file names, else the default */
    public String host() {
        return host != null ? host : defaultHost;
    }

    private void closeOpen(Consumer<LogEntry> out) {
        LogEntry entry = new LogEntry(open.toString(), openStart.nextLine(), openYear, host(), offset, current());
        open = null;
        openStart = null;
        out.accept(entry);
    }

    private ReadPosition current() {
        return new ReadPosition(offset, nextLine, year, month, host);
    }

    private void learn(String line) {
        if (line.startsWith(LogFileHeader.CREATED)) {
            String date = line.substring(LogFileHeader.CREATED.length());
            if (date.length() >= 7 && Character.isDigit(date.charAt(0))) {
                try {
                    year = Integer.parseInt(date.substring(0, 4));
                    month = Integer.parseInt(date.substring(5, 7));
                } catch (NumberFormatException e) {
                    return;
                }
            }
        } else if (line.startsWith(LogFileHeader.RUNNING_ON)) {
            String named = line.substring(LogFileHeader.RUNNING_ON.length()).strip();
            host = named.isEmpty() ? host : named;
        } else if (line.length() > 5 && "IWEF".indexOf(line.charAt(0)) >= 0 && Character.isDigit(line.charAt(1))
                && Character.isDigit(line.charAt(2))) {
            int lineMonth = (line.charAt(1) - '0') * 10 + (line.charAt(2) - '0');
            if (lineMonth >= 1 && lineMonth <= 12) {
                if (year > 0 && month == 12 && lineMonth == 1) {
                    year++;
                }
                month = lineMonth;
            }
        }
    }
}
