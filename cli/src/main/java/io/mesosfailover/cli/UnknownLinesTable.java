package io.mesosfailover.cli;

import io.mesosfailover.parser.UnknownLineGroup;
import io.mesosfailover.parser.UnknownLineReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The unknown-line templates for people: count and template, then span, files and an example line, the log's text
 * escaped ({@link ReportPrinter}). Used by {@code analyze}'s table (the top ten) and {@code parse --unknown} (all).
 */
final class UnknownLinesTable {

    /** Files named on a template's line; the rest are counted. */
    static final int FILES_SHOWN = 3;
    /** The longest example shown, in characters. */
    static final int EXAMPLE_SHOWN = 160;

    private UnknownLinesTable() {
    }

    /** Writes the heading and the first {@code limit} templates. */
    static void write(UnknownLineReport report, int limit, PrintWriter destination) {
        PrintWriter out = new ReportPrinter(destination);
        List<UnknownLineGroup> groups = report.groups();
        out.printf(Locale.ROOT, "UNKNOWN LINES (%d lines, %d templates%s)%n", report.lines(), groups.size(),
                groups.size() > limit ? "; top " + limit + " by lines" : "");
        if (groups.isEmpty() && report.ungroupedLines() == 0) {
            out.println(TableReport.NONE);
        }
        for (UnknownLineGroup group : groups.subList(0, Math.min(limit, groups.size()))) {
            out.printf(Locale.ROOT, "  %8d  %s%n", group.count(), group.template());
            out.printf(Locale.ROOT, "            %s to %s, %s%n", group.first(), group.last(), files(group));
            out.printf(Locale.ROOT, "            e.g. %s:%d: %s%n", group.exampleSource().file(),
                    group.exampleSource().line(), shortened(group.example()));
        }
        if (report.ungroupedLines() > 0) {
            out.printf(Locale.ROOT, "  %8d  lines not grouped: no room for more templates (at most %d are kept)%n",
                    report.ungroupedLines(), report.maxGroups());
        }
        out.flush();
    }

    private static String files(UnknownLineGroup group) {
        StringBuilder files = new StringBuilder();
        files.append(group.fileCount()).append(group.fileCount() == 1 ? " file: " : " files: ");
        List<String> named = group.files().subList(0, Math.min(FILES_SHOWN, group.files().size()));
        files.append(String.join(", ", named));
        if (group.fileCount() > named.size()) {
            files.append(" and ").append(group.fileCount() - named.size()).append(" more");
        }
        return files.toString();
    }

    private static String shortened(String example) {
        if (example.length() <= EXAMPLE_SHOWN) {
            return example;
        }
        int end = Character.isHighSurrogate(example.charAt(EXAMPLE_SHOWN - 1)) ? EXAMPLE_SHOWN - 1 : EXAMPLE_SHOWN;
        return example.substring(0, end) + " ...";
    }
}
