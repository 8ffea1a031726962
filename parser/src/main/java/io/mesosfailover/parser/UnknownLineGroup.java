package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.SourceRef;
import java.time.Instant;
import java.util.List;

/**
 * One template of the lines no known template matches, found Drain-style: words that differ between its lines are
 * {@code <*>}, and values are masked wherever they appear ({@code <num>}, {@code <id>}, {@code <ip>},
 * {@code <addr>}, {@code <upid>}, {@code <path>}, {@code <url>}, {@code <host>}; docs/incidents.md lists them).
 * Text is as the log wrote it: escape it before showing it on a terminal or in HTML.
 *
 * @param template the words of the template, separated by single spaces
 * @param count the lines of this template
 * @param first the earliest event time of its lines
 * @param last the latest event time of its lines
 * @param files the files its lines were in, in the order they were first read, at most
 *     {@link UnknownLineGroups#MAX_FILES_LISTED}
 * @param fileCount how many files its lines were in, listed or not
 * @param example the message of its first line, at most {@link UnknownLineGroups#MAX_EXAMPLE} characters
 * @param exampleLocation the glog {@code file:line} of that line, {@code null} when it had none
 * @param exampleSource where that line was
 */
public record UnknownLineGroup(String template, long count, Instant first, Instant last, List<String> files,
        int fileCount, String example, String exampleLocation, SourceRef exampleSource) {

    /** Checks and copies. */
    public UnknownLineGroup {
        requireNonNull(template, "template is null");
        requireNonNull(first, "first is null");
        requireNonNull(last, "last is null");
        requireNonNull(example, "example is null");
        requireNonNull(exampleSource, "exampleSource is null");
        files = List.copyOf(files);
        if (count < 1 || fileCount < files.size() || last.isBefore(first)) {
            throw new IllegalArgumentException("inconsistent group: " + count + " lines in " + fileCount + " files, "
                    + first + " to " + last);
        }
    }
}
