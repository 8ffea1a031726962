package io.mesosfailover.ingest;

import io.mesosfailover.topics.SavedPosition;

/**
 * Where reading a file resumes: the byte offset of the next line and what the lines before it told.
 *
 * @param offset the byte offset of the next line
 * @param nextLine the number of the next line (from 1)
 * @param year the year of the next line, 0 when unknown
 * @param month the month of the last glog line before it (1-12), 0 when none, to see a December-to-January turn
 * @param host the master host named by the header, {@code null} when none
 */
public record ReadPosition(long offset, long nextLine, int year, int month, String host) {

    /** @return this position as saved on the positions topic, for the file at {@code path} */
    public SavedPosition savedAs(String path, String fileKey) {
        return new SavedPosition(path, fileKey, offset, nextLine, year, month, host);
    }

    /** @return where a saved position resumes */
    public static ReadPosition of(SavedPosition saved) {
        return new ReadPosition(saved.offset(), saved.nextLine(), saved.year(), saved.month(), saved.host());
    }

    /** @return the start of a file */
    public static ReadPosition start(int year) {
        return new ReadPosition(0, 1, year, 0, null);
    }
}
