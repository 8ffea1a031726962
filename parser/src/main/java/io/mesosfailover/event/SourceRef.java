package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

/**
 * Where a line came from.
 *
 * @param cluster the cluster name given by the user ({@code default} when none)
 * @param host the master host: from {@code Running on machine:} or the user's option
 * @param file the file name (or {@code -} for standard input)
 * @param line the 1-based line number in that file
 */
public record SourceRef(String cluster, String host, String file, long line) {
    /** Checks the components. */
    public SourceRef {
        requireNonNull(cluster, "cluster is null");
        requireNonNull(host, "host is null");
        requireNonNull(file, "file is null");
        if (line < 0) {
            throw new IllegalArgumentException("line is negative: " + line);
        }
    }

    /** @return a copy that points at another line of the same file */
    public SourceRef atLine(long otherLine) {
        return new SourceRef(cluster, host, file, otherLine);
    }
}
