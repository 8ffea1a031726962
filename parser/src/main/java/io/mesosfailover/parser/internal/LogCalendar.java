package io.mesosfailover.parser.internal;

import io.mesosfailover.parser.YearSource;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year (and, where a capture tells it, the zone) of a file's year-less glog lines. The year comes from the
 * header, a dated Mesos id or a dated line (capture prefix, ZooKeeper client line), else from the caller's fallback.
 * Only a real new year moves it on: a month going back from November or December to January or February. Any other
 * step back is a clock that went back, and a line of December up to a day before the latest line of January is a
 * line out of order: neither moves the year. Not thread-safe.
 */
public final class LogCalendar {

    private static final Pattern DATED_ID = Pattern.compile("\\b(20\\d\\d|19\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])-\\d{6}-\\d+-");
    private static final Duration OUT_OF_ORDER = Duration.ofDays(1);
    private static final long QUARTER_HOUR_SECONDS = 15 * 60;
    private static final long MAX_OFFSET_SECONDS = 18 * 3600;
    private static final long SECONDS_PER_DAY = 86_400;

    private ZoneId zone;
    /** The zone's offset when it has one fixed offset, else {@code null}: asked once, not per line. */
    private Integer fixedOffsetSeconds;
    private int year;
    /**
     * The latest line so far: its local time in microseconds from the epoch, year and month (every line may move
     * it, so it is kept in numbers and made a date only when one is needed), {@code hasLatest} false before any.
     */
    private boolean hasLatest;
    private long latestMicros;
    private int latestYear;
    private int latestMonth;
    private LocalDate lastDate;
    /** The date of the last line and its day from the epoch: most lines are of the same date as the one before. */
    private LocalDate cachedDate;
    private long cachedEpochDay;
    private YearSource source = YearSource.NONE;
    private String problem;
    private boolean zoneLearnt;
    private int firstYear;
    /** What the last {@link #instant} did: the year it gave the line, whether the line was the latest so far. */
    private int lastLineYear;
    private boolean lastAdvanced;

    /**
     * @param zone the zone of the clock the lines were written with
     * @param fallbackDate the date of time-only lines when the file never says, {@code null} when unknown
     */
    public LogCalendar(ZoneId zone, LocalDate fallbackDate) {
        setZone(zone);
        this.lastDate = fallbackDate;
    }

    /** @return a calendar that knows what this one knows, and goes on from there on its own */
    public LogCalendar copy() {
        LogCalendar copy = new LogCalendar(zone, lastDate);
        copy.year = year;
        copy.hasLatest = hasLatest;
        copy.latestMicros = latestMicros;
        copy.latestYear = latestYear;
        copy.latestMonth = latestMonth;
        copy.source = source;
        copy.problem = problem;
        copy.zoneLearnt = zoneLearnt;
        copy.firstYear = firstYear;
        return copy;
    }

    /**
     * @return whether both know the year, from the same source, and the same zone and problem: what the lines that
     *     follow do not change once both know a year (the latest line aside, see {@link #givesSameYear})
     */
    public boolean sameYearState(LogCalendar other) {
        return year != 0 && other.year != 0 && source == other.source && firstYear == other.firstYear
                && zoneLearnt == other.zoneLearnt && zone.equals(other.zone) && Objects.equals(problem, other.problem);
    }

    /**
     * @return whether {@link #instant} would give a line with this prefix the year {@code lineYear} and make it the
     *     latest line, as it did in another calendar: from then on, both know the same
     */
    public boolean givesSameYear(GlogPrefix prefix, int lineYear) {
        int wouldBe = prefix.year() != 0 ? prefix.year()
                : lineYear(prefix.month(), prefix.day(), prefix.hour(), prefix.minute(), prefix.second());
        if (wouldBe != lineYear || year == 0) {
            return false;
        }
        try {
            LocalDate date = LocalDate.of(lineYear, prefix.month(), prefix.day());
            long local = localMicros(date.toEpochDay(), secondOfDay(prefix.hour(), prefix.minute(), prefix.second()),
                    prefix.micros());
            return !hasLatest || local > latestMicros;
        } catch (DateTimeException impossible) {
            return false;
        }
    }

    /** @return the year the last {@link #instant} gave its line */
    public int lastLineYear() {
        return lastLineYear;
    }

    /** @return whether the last {@link #instant} made its line the latest so far */
    public boolean lastAdvanced() {
        return lastAdvanced;
    }

    /** @return whether the year of the lines is known */
    public boolean knowsYear() {
        return year != 0;
    }

    /** @return where the year came from so far */
    public YearSource yearSource() {
        return source;
    }

    /** @return the year of the first dated line, as learnt, 0 when unknown */
    public int firstYear() {
        return firstYear;
    }

    /** @return what could not be read on the way, {@code null} when nothing */
    public String problem() {
        return problem;
    }

    /** @return the zone the lines are read in (the option, or what a zoned capture prefix told) */
    public ZoneId zone() {
        return zone;
    }

    /** Takes the date of a {@code Log file created at: 2015/06/10 19:01:31} header; @return whether it was read. */
    public boolean acceptHeaderDate(String value) {
        String text = value.strip();
        try {
            if (text.length() < 10 || text.charAt(4) != '/' || text.charAt(7) != '/') {
                throw new DateTimeException("not YYYY/MM/DD");
            }
            LocalDate date = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
            LocalTime time = headerTime(text);
            setLatest(localMicros(date.toEpochDay(), time.toSecondOfDay(), 0), date.getYear(), date.getMonthValue());
            lastDate = date;
            learn(date.getYear(), YearSource.HEADER);
            year = date.getYear();
            return true;
        } catch (NumberFormatException | DateTimeException unreadable) {
            problem = "the header 'Log file created at: " + text + "' has no date that can be read";
            return false;
        }
    }

    private static LocalTime headerTime(String text) {
        try {
            return text.length() >= 19 ? LocalTime.parse(text.substring(11, 19)) : LocalTime.MIDNIGHT;
        } catch (DateTimeException unreadable) {
            return LocalTime.MIDNIGHT;
        }
    }

    /**
     * Learns the year from a dated Mesos id in a line, when it is not known yet.
     *
     * @param lineMonth the month of the line the id was found in
     * @return whether the year is known now
     */
    public boolean learnFromIds(String line, int lineMonth) {
        if (year != 0) {
            return true;
        }
        Matcher matcher = DATED_ID.matcher(line);
        if (!matcher.find()) {
            return false;
        }
        int idYear = Integer.parseInt(matcher.group(1));
        int idMonth = Integer.parseInt(matcher.group(2));
        // The id was minted when its master started, at or before this line: a smaller month means a new year.
        learn(lineMonth < idMonth ? idYear + 1 : idYear, YearSource.MESOS_ID);
        return true;
    }

    /**
     * Learns the year, and the zone unless the user gave one, from a dated capture prefix in front of a glog record:
     * the capture's time is when the line was written (or received, a moment later).
     *
     * @return whether the year is known now
     */
    public boolean learnFromCapture(CapturedLine captured, GlogPrefix glog, boolean zoneGiven) {
        boolean zoneWanted = captured.offset() != null && !zoneGiven && !zoneLearnt;
        if (year != 0 && !zoneWanted || captured.date() == null) {
            return year != 0;
        }
        ZoneOffset offset = captured.offset() == null ? ZoneOffset.UTC : captured.offset();
        Instant captureTime = captured.date().toInstant(offset);
        LocalDateTime best = null;
        Duration bestDistance = null;
        for (int candidate = captured.date().getYear() - 1; candidate <= captured.date().getYear() + 1; candidate++) {
            try {
                LocalDateTime local = LocalDateTime.of(candidate, glog.month(), glog.day(), glog.hour(), glog.minute(),
                        Math.min(glog.second(), 59));
                Duration distance = Duration.between(captureTime, local.toInstant(offset)).abs();
                if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                    best = local;
                    bestDistance = distance;
                }
            } catch (DateTimeException noSuchDay) {
                // 29 February of a year that has none: another candidate fits.
            }
        }
        if (best == null) {
            return false;
        }
        if (zoneWanted) {
            learnZone(Duration.between(captureTime, best.toInstant(ZoneOffset.UTC)).getSeconds());
        }
        if (year == 0) {
            learn(best.getYear(), YearSource.CAPTURE_PREFIX);
        }
        return true;
    }

    /** Takes the year of a dated line (a ZooKeeper client line) when it is not known yet. */
    public void learnFromDatedLine(LocalDateTime local) {
        if (year == 0) {
            learn(local.getYear(), YearSource.ZOOKEEPER_LINE);
        }
    }

    /** Takes a year the file itself does not tell (an option, a modification time) for its first lines. */
    public void assumeYear(int firstLineYear, YearSource from) {
        if (year == 0) {
            learn(firstLineYear, from);
        }
    }

    private void learn(int learnt, YearSource from) {
        year = learnt;
        firstYear = learnt;
        source = from;
    }

    private void learnZone(long glogMinusCaptureSeconds) {
        long rounded = Math.round((double) glogMinusCaptureSeconds / QUARTER_HOUR_SECONDS) * QUARTER_HOUR_SECONDS;
        if (Math.abs(rounded) <= MAX_OFFSET_SECONDS) {
            setZone(ZoneOffset.ofTotalSeconds((int) rounded));
            zoneLearnt = true;
        }
    }

    /**
     * The instant of a glog line, its year resolved as this class's comment says.
     *
     * @throws DateTimeException when the date does not exist (a 30 February)
     */
    public Instant instant(int prefixYear, int month, int day, int hour, int minute, int second, int micros) {
        int lineYear = prefixYear != 0 ? prefixYear : lineYear(month, day, hour, minute, second);
        if (prefixYear != 0 && year == 0) {
            learn(prefixYear, YearSource.GLOG_PREFIX);
        }
        LocalDate date = date(lineYear, month, day);
        long secondOfDay = secondOfDay(hour, minute, second);
        long local = localMicros(cachedEpochDay, secondOfDay, micros);
        lastLineYear = lineYear;
        lastAdvanced = !hasLatest || local > latestMicros;
        if (lastAdvanced) {
            setLatest(local, lineYear, month);
            year = lineYear;
        }
        lastDate = date;
        if (fixedOffsetSeconds != null) {
            return Instant.ofEpochSecond(cachedEpochDay * SECONDS_PER_DAY + secondOfDay - fixedOffsetSeconds,
                    micros * 1000L);
        }
        return LocalDateTime.of(date, LocalTime.of(hour, minute, Math.min(second, 59), micros * 1000)).atZone(zone)
                .toInstant();
    }

    private void setZone(ZoneId newZone) {
        zone = newZone;
        ZoneRules rules = newZone.getRules();
        fixedOffsetSeconds = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : null;
    }

    /** @return the date, made once for the lines of one day; @throws DateTimeException when it does not exist */
    private LocalDate date(int dateYear, int month, int day) {
        LocalDate date = cachedDate;
        if (date == null || date.getDayOfMonth() != day || date.getMonthValue() != month
                || date.getYear() != dateYear) {
            date = LocalDate.of(dateYear, month, day);
            cachedDate = date;
            cachedEpochDay = date.toEpochDay();
        }
        return date;
    }

    private static long secondOfDay(int hour, int minute, int second) {
        // a leap second (60) is read as 59, as LocalTime cannot hold it
        return hour * 3600L + minute * 60L + Math.min(second, 59);
    }

    private static long localMicros(long epochDay, long secondOfDay, int micros) {
        return (epochDay * SECONDS_PER_DAY + secondOfDay) * 1_000_000L + micros;
    }

    private void setLatest(long micros, int latestLineYear, int month) {
        hasLatest = true;
        latestMicros = micros;
        latestYear = latestLineYear;
        latestMonth = month;
    }

    /** @return the latest line's local time, made from its numbers */
    private LocalDateTime latest() {
        long seconds = Math.floorDiv(latestMicros, 1_000_000L);
        int micros = (int) Math.floorMod(latestMicros, 1_000_000L);
        return LocalDateTime.ofEpochSecond(seconds, micros * 1000, ZoneOffset.UTC);
    }

    private int lineYear(int month, int day, int hour, int minute, int second) {
        if (!hasLatest) {
            return year;
        }
        if (month < latestMonth) {
            return latestMonth >= 11 && month <= 2 ? latestYear + 1 : latestYear;
        }
        if (latestMonth <= 2 && month >= 11) {
            try {
                LocalDateTime previous = LocalDateTime.of(latestYear - 1, month, day, hour, minute, Math.min(second, 59));
                Duration before = Duration.between(previous, latest());
                if (!before.isNegative() && before.compareTo(OUT_OF_ORDER) <= 0) {
                    return latestYear - 1;
                }
            } catch (DateTimeException noSuchDay) {
                return latestYear;
            }
        }
        return latestYear;
    }

    /** @return the instant of a time-only line on the last known date, or {@code null} when no date is known */
    public Instant instantOnLastDate(int hour, int minute, int second, int micros) {
        if (lastDate == null) {
            return null;
        }
        return LocalDateTime.of(lastDate.getYear(), lastDate.getMonthValue(), lastDate.getDayOfMonth(), hour, minute,
                Math.min(second, 59), micros * 1000).atZone(zone).toInstant();
    }

    /** @return the instant of a ZooKeeper client time {@code yyyy-mm-ddThh:mm:ss.mmm} in this zone */
    public Instant instantOf(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }
}
