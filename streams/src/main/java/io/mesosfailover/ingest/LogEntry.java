package io.mesosfailover.ingest;

/**
 * One log entry of a file: a line and its continuation lines, as sent to Kafka in one record.
 *
 * @param text the lines, joined by {@code \n}, without the last terminator
 * @param firstLine the number of its first line in the file (from 1)
 * @param year the year its first line belongs to, 0 when unknown
 * @param host the master host known when it was read (from the file header or the settings)
 * @param endOffset the byte offset in the file just after its last line
 * @param after where reading resumes after it
 */
public record LogEntry(String text, long firstLine, int year, String host, long endOffset, ReadPosition after) {

    /**
     * @return the time of its first line as microseconds since 1970 (UTC taken for the zone), or
     *     {@link Long#MIN_VALUE} when it does not begin with a glog prefix {@code Lmmdd hh:mm:ss.uuuuuu}
     */
    public long micros() {
        String line = text;
        if (line.length() < 21 || "IWEF".indexOf(line.charAt(0)) < 0 || line.charAt(5) != ' '
                || line.charAt(8) != ':' || line.charAt(11) != ':' || line.charAt(14) != '.') {
            return Long.MIN_VALUE;
        }
        try {
            int month = Integer.parseInt(line, 1, 3, 10);
            int day = Integer.parseInt(line, 3, 5, 10);
            long seconds = java.time.LocalDate.of(year == 0 ? 1970 : year, month, day).toEpochDay() * 86_400
                    + Integer.parseInt(line, 6, 8, 10) * 3_600L + Integer.parseInt(line, 9, 11, 10) * 60L
                    + Integer.parseInt(line, 12, 14, 10);
            return seconds * 1_000_000 + Integer.parseInt(line, 15, 21, 10);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }
}
