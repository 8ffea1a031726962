package io.mesosfailover.ingest;

/**
 * One log entry of a file: a line and its continuation lines, as sent to Kafka in one record.
 *
 * @param text the lines, joined by {@code \n}, without the last terminator
 * @param firstLine the number of its first line in the file (from 1)
 * @param year the year its first line belongs to, 0 when unknown
 * @param host the master host known when it was read (from the file header or the settings)
 * @param endOffset the byte offset in the file just after its last line
 */
public record LogEntry(String text, long firstLine, int year, String host, long endOffset) {
}
