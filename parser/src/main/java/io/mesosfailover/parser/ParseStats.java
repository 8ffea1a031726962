package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What became of every physical line read. Nothing is dropped without being counted:
 * {@code lines == events + malformed + headerLines + continuationLines + blankLines + pendingLines}, and after
 * {@link FileParse#finish} nothing is pending.
 *
 * @param lines physical lines read; a record glued to the end of a prefix-less stderr text (written with no line end
 *     between them) counts as a line of its own
 * @param events events made (including {@code unrecognized} ones)
 * @param unrecognized lines with a valid prefix but a message that matches no known template
 * @param malformed lines that could not be read
 * @param headerLines glog file header lines
 * @param continuationLines lines that continue the message of the line before
 * @param blankLines empty lines
 * @param pendingLines lines read but not resolved yet: a message that may still continue, lines waiting for the
 *     file to reveal its year or a time
 * @param eventsByType events by JSON type name
 */
public record ParseStats(long lines, long events, long unrecognized, long malformed, long headerLines,
        long continuationLines, long blankLines, long pendingLines, SortedMap<String, Long> eventsByType) {

    /** Checks the balance and copies the map. */
    public ParseStats {
        requireNonNull(eventsByType, "eventsByType is null");
        eventsByType = Collections.unmodifiableSortedMap(new TreeMap<>(eventsByType));
        if (lines != events + malformed + headerLines + continuationLines + blankLines + pendingLines) {
            throw new IllegalArgumentException("line counts do not add up: " + lines + " lines but " + events
                    + " events, " + malformed + " malformed, " + headerLines + " header, " + continuationLines
                    + " continuation, " + blankLines + " blank and " + pendingLines + " pending");
        }
    }

    /** @return statistics of no lines */
    public static ParseStats empty() {
        return new ParseStats(0, 0, 0, 0, 0, 0, 0, 0, new TreeMap<>());
    }

    /** @return the sum of these and other statistics */
    public ParseStats plus(ParseStats other) {
        return combined(other, 1);
    }

    /** @return what was added to {@code earlier} (statistics of the same parse, taken before) to make these */
    public ParseStats minus(ParseStats earlier) {
        return combined(earlier, -1);
    }

    private ParseStats combined(ParseStats other, long sign) {
        SortedMap<String, Long> byType = new TreeMap<>(eventsByType);
        for (Map.Entry<String, Long> entry : other.eventsByType.entrySet()) {
            byType.merge(entry.getKey(), sign * entry.getValue(), Long::sum);
        }
        byType.values().removeIf(count -> count == 0);
        return new ParseStats(lines + sign * other.lines, events + sign * other.events,
                unrecognized + sign * other.unrecognized, malformed + sign * other.malformed,
                headerLines + sign * other.headerLines, continuationLines + sign * other.continuationLines,
                blankLines + sign * other.blankLines, pendingLines + sign * other.pendingLines, byType);
    }
}
