package io.mesosfailover.cli.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A table of the report: a caption, a header row and rows of text cells, each escaped; long tables are cut. */
final class HtmlTable {

    /** Rows shown at most; the rest are counted below the table. */
    static final int MAX_ROWS = 200;

    private final String id;
    private final String caption;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private int more;

    HtmlTable(String id, String caption, String... headers) {
        this.id = id;
        this.caption = caption;
        this.headers = List.of(headers);
    }

    /** Adds a row (cells may be {@code null}, shown as {@code -}). */
    HtmlTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        if (rows.size() < MAX_ROWS) {
            rows.add(Arrays.asList(cells));
        } else {
            more++;
        }
        return this;
    }

    void write(StringBuilder out) {
        out.append("<table id=\"").append(id).append("\"><caption>").append(Html.text(caption))
                .append("</caption>\n<thead><tr>");
        headers.forEach(header -> out.append("<th>").append(Html.text(header)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(cell == null ? "-" : Html.text(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        if (rows.isEmpty()) {
            out.append("<tr><td class=\"none\" colspan=\"").append(headers.size()).append("\">(none)</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        if (more > 0) {
            out.append("<p class=\"more\">and ").append(more).append(" more (all of them: --format json)</p>\n");
        }
    }
}
