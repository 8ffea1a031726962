package io.mesosfailover.parser;

import io.mesosfailover.parser.internal.GlogPrefix;
import io.mesosfailover.parser.internal.LogCalendar;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The year of a file's first lines when the file never tells it: the year that puts its last line at or before a
 * given time (the file's modification time, or now), counting the new years the lines cross in between.
 */
final class YearFallback {

    private YearFallback() {
    }

    /**
     * @param prefixes the glog prefixes of the file's lines, in order
     * @param latestPossible the latest local time the last line can have
     * @return the year of the first line
     */
    static int firstYear(List<GlogPrefix> prefixes, LocalDateTime latestPossible) {
        int base = latestPossible.getYear();
        LogCalendar trial = new LogCalendar(ZoneOffset.UTC, null);
        trial.assumeYear(base, YearSource.NONE);
        LocalDateTime latest = null;
        for (GlogPrefix prefix : prefixes) {
            try {
                LocalDateTime line = LocalDateTime.ofInstant(trial.instant(0, prefix.month(), prefix.day(), prefix.hour(),
                        prefix.minute(), prefix.second(), prefix.micros()), ZoneOffset.UTC);
                latest = latest == null || line.isAfter(latest) ? line : latest;
            } catch (DateTimeException impossible) {
                // An impossible date is reported when the line is read again; it does not move the year.
            }
        }
        if (latest == null) {
            return base;
        }
        int shift = base - latest.getYear();
        if (latest.withYear(base).isAfter(latestPossible)) {
            shift--;
        }
        return base + shift;
    }
}
