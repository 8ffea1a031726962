package io.mesosfailover.ingest;

import io.mesosfailover.parser.LogEntries;

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
     *     {@link Long#MIN_VALUE} when it does not begin with a glog prefix
     */
    public long micros() {
        return LogEntries.timeMicros(text, year);
    }
}
