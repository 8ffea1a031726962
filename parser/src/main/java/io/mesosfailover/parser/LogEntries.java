package io.mesosfailover.parser;

import io.mesosfailover.parser.internal.CapturePrefixes;
import io.mesosfailover.parser.internal.CapturedLine;
import io.mesosfailover.parser.internal.GlogPrefix;
import io.mesosfailover.parser.internal.LinePrefixes;
import java.time.LocalDate;

/**
 * Where one log entry ends and the next begins, for sources that send whole entries (a message and its continuation
 * lines) as one record. A line starts an entry when it carries a glog prefix (plain, behind capture prefixes or only a
 * time of day), is a ZooKeeper client line or a file header line; any other line belongs to the entry before it.
 */
public final class LogEntries {

    private static final int[] DIGIT_POSITIONS = {1, 2, 3, 4, 6, 7, 9, 10, 12, 13, 15, 16, 17, 18, 19, 20};

    private LogEntries() {
    }

    /** @return whether this line (without its terminator) begins a new entry */
    public static boolean startsEntry(String line) {
        if (looksLikeGlogPrefix(line)) {
            return true;
        }
        if (LogFileHeader.isHeaderLine(line)) {
            return true;
        }
        if (GlogPrefix.parse(line, 0) != null) {
            return true;
        }
        CapturedLine captured = CapturePrefixes.split(line);
        if (captured != null && captured.glog() != null) {
            return true;
        }
        String rest = captured == null ? line : line.substring(captured.recordStart());
        return LinePrefixes.timeOnlyPrefixEnd(rest) > 0 || LinePrefixes.zooKeeperClientLine(rest) != null;
    }

    /**
     * @param year the year of the line when its prefix has none (glog before 0.6), 0 when unknown (1970 is taken)
     * @return the time of the line's glog prefix as microseconds since 1970, the zone taken as UTC (for ordering
     *     lines of masters that share a zone), or {@link Long#MIN_VALUE} when it has no glog prefix at its start
     */
    public static long timeMicros(String line, int year) {
        GlogPrefix prefix = GlogPrefix.parse(line, 0);
        if (prefix == null) {
            return Long.MIN_VALUE;
        }
        int lineYear = prefix.year() != 0 ? prefix.year() : year == 0 ? 1970 : year;
        try {
            long day = LocalDate.of(lineYear, prefix.month(), prefix.day()).toEpochDay();
            long seconds = day * 86_400 + prefix.hour() * 3_600L + prefix.minute() * 60L + prefix.second();
            return seconds * 1_000_000 + prefix.micros();
        } catch (java.time.DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The common case without parsing: {@code Lmmdd hh:mm:ss.uuuuuu} at the start of the line. */
    private static boolean looksLikeGlogPrefix(String line) {
        if (line.length() < 21 || "IWEF".indexOf(line.charAt(0)) < 0 || line.charAt(5) != ' ' || line.charAt(8) != ':'
                || line.charAt(11) != ':' || line.charAt(14) != '.') {
            return false;
        }
        for (int i : DIGIT_POSITIONS) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
