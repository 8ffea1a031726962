package io.mesosfailover.topics;

import static java.util.Objects.requireNonNull;

/**
 * A value of {@code mesos.log.unparsed}: a line that could not be read, or a record of {@code mesos.log.lines} that
 * could not be taken apart, with the reason. Its JSON leaves out what is {@code null}: a line gives {@code
 * {"cluster":"c","host":"m1","file":"mesos-master.INFO","line":12,"reason":"...","excerpt":"..."}}, a record
 * without usable headers {@code {"key":"c/m1","reason":"...","excerpt":"..."}}.
 *
 * @param key the key of a record that could not be taken apart, {@code null} for a line
 * @param cluster the cluster of the line, {@code null} for a record
 * @param host the master host of the line, {@code null} for a record
 * @param file the file of the line, {@code null} for a record
 * @param line the number of the line, {@code null} for a record
 * @param reason why it could not be read
 * @param excerpt the start of the line or the record
 */
public record Unparsed(String key, String cluster, String host, String file, Long line, String reason,
        String excerpt) {

    /** The longest excerpt of a record kept. */
    public static final int MAX_RECORD_EXCERPT = 200;

    /** Checks the components. */
    public Unparsed {
        requireNonNull(reason, "reason is null");
        requireNonNull(excerpt, "excerpt is null");
    }

    /** @return a line that could not be read */
    public static Unparsed line(String cluster, String host, String file, long line, String reason, String excerpt) {
        return new Unparsed(null, requireNonNull(cluster, "cluster is null"), requireNonNull(host, "host is null"),
                requireNonNull(file, "file is null"), line, reason, excerpt);
    }

    /** @return a record that could not be taken apart, its excerpt cut to {@link #MAX_RECORD_EXCERPT} characters */
    public static Unparsed record(String key, String reason, String excerpt) {
        String text = excerpt == null ? "" : excerpt;
        return new Unparsed(key, null, null, null, null, reason,
                text.substring(0, Math.min(text.length(), MAX_RECORD_EXCERPT)));
    }
}
