package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The unknown lines grouped into templates, sorted by count (most first), then by first time. Every unknown line
 * is counted: {@code lines} equals the groups' counts plus {@code ungroupedLines}.
 *
 * @param groups the templates
 * @param lines the unknown lines seen
 * @param ungroupedLines lines that fit no template once there was no room for another (the caps below)
 * @param maxGroups the most templates kept
 */
public record UnknownLineReport(List<UnknownLineGroup> groups, long lines, long ungroupedLines, int maxGroups) {

    /** Checks the balance and copies. */
    public UnknownLineReport {
        requireNonNull(groups, "groups is null");
        groups = List.copyOf(groups);
        long grouped = groups.stream().mapToLong(UnknownLineGroup::count).sum();
        if (grouped + ungroupedLines != lines || ungroupedLines < 0) {
            throw new IllegalArgumentException("unknown lines do not add up: " + lines + " lines, " + grouped
                    + " in groups, " + ungroupedLines + " ungrouped");
        }
    }

    /** @return the report of no lines */
    public static UnknownLineReport empty() {
        return new UnknownLineReport(List.of(), 0, 0, UnknownLineGroups.DEFAULT_MAX_GROUPS);
    }
}
