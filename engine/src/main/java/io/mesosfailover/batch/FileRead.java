package io.mesosfailover.batch;

import io.mesosfailover.parser.FileYear;
import io.mesosfailover.parser.ParseStats;
import java.util.List;

/**
 * What became of the lines of one file read to its end.
 *
 * @param stats the counts of its lines
 * @param year the year of its lines and where it came from
 * @param problems what went wrong while reading it, worded for the user
 */
record FileRead(ParseStats stats, FileYear year, List<String> problems) {

    FileRead {
        problems = List.copyOf(problems);
    }
}
