package io.mesosfailover.cli.html;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.UnknownLineGroup;
import io.mesosfailover.parser.UnknownLineReport;

/**
 * Parse health: what became of every line (all of {@link ParseStats}), the events by type, the malformed samples and
 * the input problems, and every template of the unknown lines (Drain-style groups), each a table of its own.
 */
final class ParseHealthSection {

    private ParseHealthSection() {
    }

    static void write(AnalysisResult result, StringBuilder out) {
        ParseStats stats = result.stats();
        out.append("<section id=\"parse-health\"><h2>Parse health</h2>\n");
        HtmlTable lines = new HtmlTable("line-counts", "What became of every line", "files", "lines", "events",
                "unrecognised", "malformed", "header", "continuation", "blank", "pending");
        lines.row(String.valueOf(result.files().size()), String.valueOf(stats.lines()),
                String.valueOf(stats.events()), String.valueOf(stats.unrecognized()), String.valueOf(stats.malformed()),
                String.valueOf(stats.headerLines()), String.valueOf(stats.continuationLines()),
                String.valueOf(stats.blankLines()), String.valueOf(stats.pendingLines()));
        lines.write(out);
        HtmlTable files = new HtmlTable("files", "Files read", "file");
        result.files().forEach(files::row);
        files.write(out);
        HtmlTable problems = new HtmlTable("problems", "Input problems", "problem");
        result.problems().forEach(problems::row);
        problems.write(out);
        HtmlTable malformed = new HtmlTable("malformed", "Malformed lines (first "
                + BatchAnalyzer.MALFORMED_SAMPLES + ")", "file:line: reason");
        result.malformedSamples().forEach(malformed::row);
        malformed.write(out);
        unknownTemplates(result.unknownLines(), out);
        out.append("<details><summary>Events by type (").append(stats.eventsByType().size())
                .append(" types)</summary>\n");
        HtmlTable byType = new HtmlTable("events-by-type", "Events by type", "type", "count");
        stats.eventsByType().forEach((type, count) -> byType.row(type, String.valueOf(count)));
        byType.write(out);
        out.append("</details>\n</section>\n");
    }

    /** Every template of the unknown lines, most frequent first, with what was left out past the cap. */
    private static void unknownTemplates(UnknownLineReport report, StringBuilder out) {
        HtmlTable groups = new HtmlTable("unknown-templates", "Templates of unknown lines (" + report.lines()
                + " lines" + (report.ungroupedLines() == 0 ? "" : ", " + report.ungroupedLines()
                + " past the cap of " + report.maxGroups() + " templates") + ")", "count", "template", "first",
                "last", "files", "example");
        for (UnknownLineGroup group : report.groups()) {
            groups.row(String.valueOf(group.count()), group.template(), group.first().toString(),
                    group.last().toString(), String.join(" ", group.files())
                    + (group.fileCount() > group.files().size() ? " (" + group.fileCount() + " in all)" : ""),
                    group.example());
        }
        groups.write(out);
    }
}
