package io.mesosfailover.parser.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a file's year-less glog lines. It comes from {@code Log file created at: YYYY/MM/DD}, else from the
 * date inside the first dated Mesos id ({@code 20150501-230056-...}, masters up to 0.24), else from the user's
 * option. A month that goes back (December to January) moves to the next year. Not thread-safe.
 */
public final class LogCalendar {

    private static final Pattern DATED_ID = Pattern.compile("\\b(20\\d\\d|19\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])-\\d{6}-\\d+-");

    private final ZoneId zone;
    private int year;
    private int lastMonth;
    private LocalDate lastDate;

    /**
     * @param zone the zone of the clock the lines were written with
     * @param fallbackYear the year to use when the file never says, 0 when unknown
     * @param fallbackDate the date of time-only lines when the file never says, {@code null} when unknown
     */
    public LogCalendar(ZoneId zone, int fallbackYear, LocalDate fallbackDate) {
        this.zone = zone;
        this.year = fallbackYear;
        this.lastDate = fallbackDate;
        if (fallbackDate != null && fallbackYear == 0) {
            this.year = fallbackDate.getYear();
        }
        this.lastMonth = fallbackDate == null ? 0 : fallbackDate.getMonthValue();
    }

    /** @return whether the year of the lines is known */
    public boolean knowsYear() {
        return year != 0;
    }

    /** Takes the date of a {@code Log file created at: 2015/06/10 19:01:31} header. */
    public boolean acceptHeaderDate(String value) {
        String text = value.strip();
        if (text.length() < 10 || text.charAt(4) != '/' || text.charAt(7) != '/') {
            return false;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
            year = date.getYear();
            lastMonth = date.getMonthValue();
            lastDate = date;
            return true;
        } catch (NumberFormatException | DateTimeException e) {
            return false;
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
        year = lineMonth < idMonth ? idYear + 1 : idYear;
        lastMonth = lineMonth;
        return true;
    }

    /**
     * The instant of a glog line; moves to the next year when the month goes back.
     *
     * @throws DateTimeException when the date does not exist (a 30 February)
     */
    public Instant instant(int prefixYear, int month, int day, int hour, int minute, int second, int micros) {
        int lineYear;
        if (prefixYear != 0) {
            lineYear = prefixYear;
            year = prefixYear;
        } else {
            if (lastMonth != 0 && month < lastMonth) {
                year++;
            }
            lineYear = year;
        }
        lastMonth = month;
        LocalDateTime local = LocalDateTime.of(lineYear, month, day, hour, minute, Math.min(second, 59), micros * 1000);
        lastDate = local.toLocalDate();
        return local.atZone(zone).toInstant();
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
