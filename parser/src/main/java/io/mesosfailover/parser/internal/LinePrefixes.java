package io.mesosfailover.parser.internal;

/**
 * The other line starts a master's logs can have, split by hand: a bare time of day and the ZooKeeper C client's own
 * prefix ({@link CapturePrefixes} splits what log collectors put in front of lines).
 */
public final class LinePrefixes {

    private LinePrefixes() {
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
     * Finds a record glued to the end of a line's text: a glog record or a ZooKeeper client line that starts right
     * after a character of the text, with no space or line end between them, as when a prefix-less stderr text
     * ({@code Lost leadership... committing suicide!}) and the next line were written without a line end between
     * them.
     *
     * @return where the glued record starts (after at least one character that is not a space), or -1 when none
     */
    public static int gluedRecordStart(String line) {
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(line.charAt(i - 1))) {
                continue;
            }
            boolean glog = (c == 'I' || c == 'W' || c == 'E' || c == 'F') && GlogPrefix.parse(line, i) != null;
            // a ZooKeeper client line starts with its date, yyyy-mm-dd
            boolean dated = GlogPrefix.countDigits(line, i) == 4 && i + 4 < line.length() && line.charAt(i + 4) == '-';
            if (glog || dated && zooKeeperClientLine(line.substring(i)) != null) {
                return i;
            }
        }
        return -1;
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
}
