package io.mesosfailover.parser.internal;

import io.mesosfailover.parser.internal.CapturePrefixes.Prefix;
import io.mesosfailover.parser.internal.CapturedLine.Kind;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The capture prefixes that carry a time: syslog and journald, RFC 5424, docker, supervisors, web UIs. Each method
 * follows the lexer token of the same name step by step.
 */
final class CaptureTimes {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};
    private static final int NANOS_DIGITS = 9;

    private CaptureTimes() {
    }

    /** {@code <14>?May  2 17:00:26(.uuuuuu)? host tag[pid]: } or {@code <14>?2017-06-23T20:41:36+0000 host tag: }. */
    static Prefix syslog(String line, int start) {
        Cursor cursor = new Cursor(line, start);
        int afterPriority = priority(cursor) ? cursor.at() : start;
        Prefix iso = isoDateTime(new Cursor(line, afterPriority));
        if (iso != null) {
            Cursor rest = new Cursor(line, iso.end());
            return hostAndTag(rest) ? new Prefix(Kind.ISO_SYSLOG, rest.at(), iso.date(), iso.offset(), null) : null;
        }
        Cursor rest = new Cursor(line, afterPriority);
        return monthDayAndClock(rest) && hostAndTag(rest) ? new Prefix(Kind.SYSLOG, rest.at(), null, null, null) : null;
    }

    /** {@code MONTH_NAME ' '+ DIGIT DIGIT? ' ' DD ':' DD ':' DD ('.' DIGIT+)?}. */
    private static boolean monthDayAndClock(Cursor cursor) {
        boolean month = false;
        for (String name : MONTHS) {
            month = month || cursor.take(name);
        }
        if (!month || cursor.spaces() == 0 || cursor.number(1, 2) < 0 || !cursor.take(' ') || !clock(cursor, ':')) {
            return false;
        }
        return !cursor.take('.') || cursor.digitRun() > 0;
    }

    /** {@code <14>1 2017-06-23T20:41:36Z host app procid msgid - }. */
    static Prefix rfc5424(String line, int start) {
        Cursor cursor = new Cursor(line, start);
        if (!priority(cursor) || cursor.digitRun() == 0 || !cursor.take(' ')) {
            return null;
        }
        Prefix time = isoDateTime(cursor);
        if (time == null) {
            return null;
        }
        Cursor rest = new Cursor(line, time.end());
        for (int field = 0; field < 4; field++) {
            if (!rest.take(' ') || !rest.nonBlank()) {
                return null;
            }
        }
        if (!rest.take(' ') || !structuredData(rest) || rest.spaces() == 0) {
            return null;
        }
        return new Prefix(Kind.RFC5424, rest.at(), time.date(), time.offset(), null);
    }

    /** {@code '-' | ('[' ~[\]\r\n]* ']')+}. */
    private static boolean structuredData(Cursor cursor) {
        if (cursor.take('-')) {
            return true;
        }
        boolean any = false;
        while (cursor.peek() == '[') {
            cursor.take('[');
            if (!cursor.through(']')) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A prefix that starts with digits: docker's time, journald's ISO form, a supervisor's or a web UI's date. */
    static Prefix dated(String line, int start) {
        Prefix iso = isoDateTime(new Cursor(line, start));
        if (iso != null) {
            Prefix journal = syslog(line, start);
            if (journal != null) {
                return journal;
            }
            Cursor rest = new Cursor(line, iso.end());
            return rest.spaces() == 0 ? null
                    : new Prefix(Kind.DOCKER_TIMESTAMP, rest.at(), iso.date(), iso.offset(), null);
        }
        Prefix supervisor = supervisorDate(line, start);
        return supervisor != null ? supervisor : uiDate(line, start);
    }

    /** {@code 2017-06-23 20:41:36(.f)?: }. */
    private static Prefix supervisorDate(String line, int start) {
        Cursor cursor = new Cursor(line, start);
        if (!date(cursor) || !cursor.take(' ') || !clock(cursor, ':')) {
            return null;
        }
        if (cursor.take('.') && cursor.digitRun() == 0 || !cursor.take(": ")) {
            return null;
        }
        return new Prefix(Kind.DATED, cursor.at(), localDateTime(line, start, start + 11, 0), null, null);
    }

    /** {@code 5/23/2016 9:53:44 PM} followed by any number of spaces (none when glued to the record). */
    private static Prefix uiDate(String line, int start) {
        Cursor cursor = new Cursor(line, start);
        int[] fields = uiFields(cursor);
        if (fields == null || !cursor.take(' ')) {
            return null;
        }
        boolean pm = cursor.take("PM");
        if (!pm && !cursor.take("AM")) {
            return null;
        }
        cursor.spaces();
        LocalDateTime date;
        try {
            date = LocalDateTime.of(fields[2], fields[0], fields[1], fields[3] % 12 + (pm ? 12 : 0), fields[4],
                    fields[5]);
        } catch (DateTimeException impossible) {
            date = null;
        }
        return new Prefix(Kind.UI_DATE, cursor.at(), date, null, null);
    }

    /** @return month, day, year, hour, minute, second of {@code M/D/YYYY h:mm:ss}, or {@code null} */
    private static int[] uiFields(Cursor cursor) {
        char[] separators = {'/', '/', ' ', ':', ':'};
        int[] widths = {1, 2, 1, 2, 4, 4, 1, 2, 2, 2, 2, 2};
        int[] fields = new int[6];
        for (int i = 0; i < fields.length; i++) {
            if (i > 0 && !cursor.take(separators[i - 1])) {
                return null;
            }
            fields[i] = cursor.number(widths[2 * i], widths[2 * i + 1]);
            if (fields[i] < 0) {
                return null;
            }
        }
        return fields;
    }

    /**
     * {@code 2017-06-23T20:41:36(.f)?(Z|+hh:mm|+hhmm)}.
     *
     * @return the time as a prefix of no kind whose end is after the zone, or {@code null}
     */
    private static Prefix isoDateTime(Cursor cursor) {
        int start = cursor.at();
        if (!date(cursor) || !cursor.take('T') || !clock(cursor, ':')) {
            return null;
        }
        int nanos = cursor.take('.') ? fractionNanos(cursor) : 0;
        if (nanos < 0) {
            return null;
        }
        ZoneOffset[] offset = new ZoneOffset[1];
        if (!zone(cursor, offset)) {
            return null;
        }
        LocalDateTime date = offset[0] == null ? null : localDateTime(cursor.line(), start, start + 11, nanos);
        return new Prefix(null, cursor.at(), date, offset[0], null);
    }

    /** @return the nanoseconds of the digits next (at least one), or -1 */
    private static int fractionNanos(Cursor cursor) {
        int fractionStart = cursor.at();
        int digits = cursor.digitRun();
        if (digits == 0) {
            return -1;
        }
        int nanos = GlogPrefix.number(cursor.line(), fractionStart, Math.min(digits, NANOS_DIGITS));
        for (int i = digits; i < NANOS_DIGITS; i++) {
            nanos *= 10;
        }
        return nanos;
    }

    /** {@code 'Z' | [+-] DD ':'? DD}; the offset goes to {@code offset[0]} ({@code null} when out of range). */
    private static boolean zone(Cursor cursor, ZoneOffset[] offset) {
        if (cursor.take('Z')) {
            offset[0] = ZoneOffset.UTC;
            return true;
        }
        int sign = cursor.take('+') ? 1 : cursor.take('-') ? -1 : 0;
        int hours = sign == 0 ? -1 : cursor.fixedDigits(2);
        if (hours < 0) {
            return false;
        }
        cursor.take(':');
        int minutes = cursor.fixedDigits(2);
        offset[0] = minutes < 0 ? null : offset(sign * hours, sign * minutes);
        return minutes >= 0;
    }

    private static ZoneOffset offset(int hours, int minutes) {
        try {
            return ZoneOffset.ofHoursMinutes(hours, minutes);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static LocalDateTime localDateTime(String line, int dateStart, int clockStart, int nanos) {
        try {
            return LocalDateTime.of(GlogPrefix.number(line, dateStart, 4), GlogPrefix.number(line, dateStart + 5, 2),
                    GlogPrefix.number(line, dateStart + 8, 2), GlogPrefix.number(line, clockStart, 2),
                    GlogPrefix.number(line, clockStart + 3, 2), GlogPrefix.number(line, clockStart + 6, 2), nanos);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** {@code ' ' HOST_CHAR+ ' ' TAG_CHAR+ ('[' DIGIT+ ']')? ': '}. */
    private static boolean hostAndTag(Cursor cursor) {
        if (!cursor.take(' ') || !cursor.name(false) || !cursor.take(' ') || !cursor.name(true)) {
            return false;
        }
        if (cursor.take('[') && (cursor.digitRun() == 0 || !cursor.take(']'))) {
            return false;
        }
        return cursor.take(": ");
    }

    /** {@code <d{1,3}>}. */
    private static boolean priority(Cursor cursor) {
        return cursor.take('<') && cursor.number(1, 3) >= 0 && cursor.take('>');
    }

    /** {@code hh:mm:ss}, two digits each. */
    private static boolean clock(Cursor cursor, char separator) {
        return cursor.number(2, 2) >= 0 && cursor.take(separator) && cursor.number(2, 2) >= 0
                && cursor.take(separator) && cursor.number(2, 2) >= 0;
    }

    /** {@code yyyy-mm-dd}. */
    private static boolean date(Cursor cursor) {
        return cursor.number(4, 4) >= 0 && cursor.take('-') && cursor.number(2, 2) >= 0 && cursor.take('-')
                && cursor.number(2, 2) >= 0;
    }
}
