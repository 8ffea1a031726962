package io.mesosfailover.parser.internal;

/**
 * The other line starts a master's logs can have, split by hand: a syslog or journald prefix in front of a glog
 * line, a bare time of day, and the ZooKeeper C client's own prefix.
 */
public final class LinePrefixes {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    private LinePrefixes() {
    }

    /**
     * Finds the end of {@code May  2 17:00:26 host mesos-master[5669]: }.
     *
     * @return the index after the prefix, or -1 when the line has none
     */
    public static int syslogPrefixEnd(String line) {
        if (line.length() < 20 || monthIndex(line) < 0 || line.charAt(3) != ' ') {
            return -1;
        }
        int position = 4;
        while (position < line.length() && line.charAt(position) == ' ') {
            position++;
        }
        int dayDigits = GlogPrefix.countDigits(line, position);
        if (dayDigits < 1 || dayDigits > 2) {
            return -1;
        }
        position += dayDigits;
        if (!isSyslogClockAt(line, position)) {
            return -1;
        }
        int hostEnd = line.indexOf(' ', position + 10);
        if (hostEnd <= position + 10) {
            return -1;
        }
        int tagEnd = line.indexOf(": ", hostEnd + 1);
        if (tagEnd <= hostEnd + 1 || line.indexOf(' ', hostEnd + 1) < tagEnd) {
            return -1;
        }
        return tagEnd + 2;
    }

    private static boolean isSyslogClockAt(String line, int position) {
        return position + 10 <= line.length() && line.charAt(position) == ' ' && line.charAt(position + 3) == ':'
                && line.charAt(position + 6) == ':' && line.charAt(position + 9) == ' ';
    }

    /** @return the index after a bare {@code hh:mm:ss.uuuuuu } prefix, or -1 */
    public static int timeOnlyPrefixEnd(String line) {
        if (!Clock.isClockAt(line, 0) || line.length() <= Clock.LENGTH || line.charAt(Clock.LENGTH) != ' ') {
            return -1;
        }
        int position = Clock.LENGTH;
        while (position < line.length() && line.charAt(position) == ' ') {
            position++;
        }
        return position;
    }

    /**
     * Splits {@code 2015-05-02 17:00:26,123:5669(0x7f2b):ZOO_INFO@check_events@1703: text}.
     *
     * @return {@code [date-time "yyyy-mm-ddThh:mm:ss.mmm", level, function, text]}, or {@code null}
     */
    public static String[] zooKeeperClientLine(String line) {
        if (line.length() < 40 || GlogPrefix.countDigits(line, 0) != 4 || line.charAt(4) != '-' || line.charAt(7) != '-'
                || line.charAt(10) != ' ' || line.charAt(13) != ':' || line.charAt(16) != ':' || line.charAt(19) != ',') {
            return null;
        }
        int zoo = line.indexOf("):ZOO_", 20);
        if (zoo < 0) {
            return null;
        }
        int levelEnd = line.indexOf('@', zoo + 6);
        int functionEnd = levelEnd < 0 ? -1 : line.indexOf('@', levelEnd + 1);
        int textStart = functionEnd < 0 ? -1 : line.indexOf(':', functionEnd + 1);
        if (textStart < 0 || GlogPrefix.countDigits(line, 20) != 3) {
            return null;
        }
        String dateTime = line.substring(0, 10) + "T" + line.substring(11, 19) + "." + line.substring(20, 23);
        String text = line.substring(Math.min(line.length(), textStart + 1)).strip();
        return new String[] {dateTime, line.substring(zoo + 6, levelEnd), line.substring(levelEnd + 1, functionEnd), text};
    }

    private static int monthIndex(String line) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (line.startsWith(MONTHS[i])) {
                return i;
            }
        }
        return -1;
    }
}
