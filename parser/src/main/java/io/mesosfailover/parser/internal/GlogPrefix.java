package io.mesosfailover.parser.internal;

/**
 * The glog prefix of a line, split by hand because it is fixed-width up to the thread id:
 * {@code I0502 17:00:26.087030  5669 master.cpp:928] } (glog 0.3/0.4) or {@code I20150502 17:00:26.087030 ...} (glog 0.6).
 * The grammar's {@code GLOG_PREFIX} token accepts the same lines; a test keeps the two in step.
 *
 * @param severity the letter I, W, E or F
 * @param year the year for the 8-digit form, 0 when the prefix has none
 * @param month 1 to 12
 * @param day 1 to 31
 * @param hour 0 to 23
 * @param minute 0 to 59
 * @param second 0 to 60
 * @param micros 0 to 999999
 * @param location the {@code file:line} of the statement
 * @param messageStart where the message begins in the line
 */
public record GlogPrefix(char severity, int year, int month, int day, int hour, int minute, int second, int micros,
        String location, int messageStart) {

    /** The shortest line with a glog prefix, in characters. */
    public static final int MIN_LENGTH = 30;

    /**
     * Splits the prefix that starts at {@code offset}. The line may be any text, {@link LineBytes} too: only
     * {@code charAt}, {@code length} and {@code subSequence} (for the location) are used.
     *
     * @return the prefix, or {@code null} when the line has no glog prefix there
     */
    public static GlogPrefix parse(CharSequence line, int offset) {
        int length = line.length();
        if (length - offset < MIN_LENGTH) {
            return null;
        }
        char severity = line.charAt(offset);
        if (severity != 'I' && severity != 'W' && severity != 'E' && severity != 'F') {
            return null;
        }
        int position = offset + 1;
        int digits = countDigits(line, position);
        if (digits != 4 && digits != 8) {
            return null;
        }
        int year = digits == 8 ? number(line, position, 4) : 0;
        int datePosition = position + digits - 4;
        int month = number(line, datePosition, 2);
        int day = number(line, datePosition + 2, 2);
        position += digits;
        if (!Clock.isClockAt(line, position + 1) || line.charAt(position) != ' ') {
            return null;
        }
        int hour = number(line, position + 1, 2);
        int minute = number(line, position + 4, 2);
        int second = number(line, position + 7, 2);
        int micros = number(line, position + 10, 6);
        position += 1 + Clock.LENGTH;
        long location = locationSpan(line, position);
        if (location < 0) {
            return null;
        }
        int locationStart = (int) (location >>> 32);
        int bracket = (int) location;
        return new GlogPrefix(severity, year, month, day, hour, minute, second, micros,
                line.subSequence(locationStart, bracket).toString(), messageStart(line, bracket));
    }

    /** @return where the message starts after the {@code ]} of the prefix: after one space, if there is one */
    private static int messageStart(CharSequence line, int bracket) {
        return bracket + 1 < line.length() && line.charAt(bracket + 1) == ' ' ? bracket + 2 : bracket + 1;
    }

    /**
     * @return the location after the spaces and the thread id from {@code start}: where it starts in the high half,
     *     where its {@code ]} is in the low half; -1 when there is none
     */
    private static long locationSpan(CharSequence line, int start) {
        int position = start;
        int length = line.length();
        if (position >= length || line.charAt(position) != ' ') {
            return -1;
        }
        while (position < length && line.charAt(position) == ' ') {
            position++;
        }
        int locationStart = afterThreadId(line, position);
        if (locationStart < 0) {
            return -1;
        }
        int bracket = indexOf(line, ']', locationStart);
        if (bracket < 0 || !isLocation(line, locationStart, bracket)) {
            return -1;
        }
        return (long) locationStart << 32 | bracket;
    }

    private static int afterThreadId(CharSequence line, int position) {
        int threadDigits = countDigits(line, position);
        boolean spaceAfter = position + threadDigits < line.length() && line.charAt(position + threadDigits) == ' ';
        return threadDigits > 0 && spaceAfter ? position + threadDigits + 1 : -1;
    }

    /**
     * The grammar's prefix has digits where this checks values: a prefix such as {@code I1399 25:61:00.000000} is a
     * glog prefix with an impossible time, which the reader reports.
     *
     * @return whether the month, day, hour, minute and second are in range (second 60 is a leap second)
     */
    public boolean isPlausible() {
        boolean date = month >= 1 && month <= 12 && day >= 1 && day <= 31;
        return date && hour <= 23 && minute <= 59 && second <= 60;
    }

    private static boolean isLocation(CharSequence line, int start, int end) {
        int colon = end;
        while (colon >= 0 && (colon >= line.length() || line.charAt(colon) != ':')) {
            colon--;
        }
        if (colon <= start || colon == end - 1) {
            return false;
        }
        for (int i = start; i < colon; i++) {
            char c = line.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '_' && c != '.' && c != '-' && c != '+') {
                return false;
            }
        }
        return countDigits(line, colon + 1) == end - colon - 1;
    }

    private static int indexOf(CharSequence line, char wanted, int from) {
        for (int i = from; i < line.length(); i++) {
            if (line.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    static int countDigits(CharSequence line, int start) {
        int position = start;
        while (position < line.length() && isDigit(line.charAt(position))) {
            position++;
        }
        return position - start;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int number(CharSequence line, int start, int digits) {
        int value = 0;
        for (int i = start; i < start + digits; i++) {
            value = value * 10 + (line.charAt(i) - '0');
        }
        return value;
    }
}
