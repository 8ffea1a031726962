package io.mesosfailover.topics;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The source of a log entry, carried in the headers of its record on {@link Topics#LINES}: cluster, master host,
 * file, number of the entry's first line, the year its first line belongs to, and the file offset after it.
 *
 * @param cluster the cluster
 * @param host the master host
 * @param file the file path on the master
 * @param line the number of the entry's first line in the file, 0 when unknown
 * @param year the year of the entry's first line, 0 when unknown
 * @param offset the byte offset in the file just after the entry, -1 when unknown
 */
public record LineHeaders(String cluster, String host, String file, long line, int year, long offset) {

    /** Header names. */
    public static final String CLUSTER = "mf.cluster";
    /** Header name of the host. */
    public static final String HOST = "mf.host";
    /** Header name of the file. */
    public static final String FILE = "mf.file";
    /** Header name of the line number. */
    public static final String LINE = "mf.line";
    /** Header name of the year. */
    public static final String YEAR = "mf.year";
    /** Header name of the offset. */
    public static final String OFFSET = "mf.offset";

    /** Writes these values into the headers. */
    public void writeTo(Headers headers) {
        put(headers, CLUSTER, cluster);
        put(headers, HOST, host);
        put(headers, FILE, file);
        put(headers, LINE, Long.toString(line));
        put(headers, YEAR, Integer.toString(year));
        put(headers, OFFSET, Long.toString(offset));
    }

    /**
     * Reads the headers; what is missing comes from the record key ({@code cluster/host}) or is unknown.
     *
     * @throws IllegalArgumentException if a number is not a number, or the cluster or host holds a control character
     *     (the state store's keys use them as separators)
     */
    public static LineHeaders readFrom(Headers headers, String key) {
        String cluster = requireName("cluster", orElse(text(headers, CLUSTER), key == null ? null : clusterOf(key),
                "default"));
        String host = requireName("host", orElse(text(headers, HOST), key == null ? null : hostOf(key), "unknown"));
        String file = orElse(text(headers, FILE), null, "unknown");
        return new LineHeaders(cluster, host, file, number(headers, LINE, 0), (int) number(headers, YEAR, 0),
                number(headers, OFFSET, -1));
    }

    /**
     * @param what what the name is of, for the message
     * @return the name
     * @throws IllegalArgumentException if it holds a control character: the state store's keys use them as
     *     separators
     */
    public static String requireName(String what, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw new IllegalArgumentException("the " + what + " name holds a control character (U+"
                        + String.format(Locale.ROOT, "%04X", (int) name.charAt(i)) + ")");
            }
        }
        return name;
    }

    /** @return the cluster part of a {@code cluster/host} key (the whole key when it has no slash) */
    public static String clusterOf(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }

    /** @return the host part of a {@code cluster/host} key, {@code null} when it has no slash */
    public static String hostOf(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? null : key.substring(slash + 1);
    }

    /** @return the record key of a source: {@code cluster/host} */
    public static String keyOf(String cluster, String host) {
        return cluster + "/" + host;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long number(Headers headers, String name, long fallback) {
        String text = text(headers, name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("header " + name + " is not a number: " + text, e);
        }
    }

    private static String orElse(String first, String second, String fallback) {
        if (first != null && !first.isEmpty()) {
            return first;
        }
        return second != null && !second.isEmpty() ? second : fallback;
    }
}
