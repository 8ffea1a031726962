package io.mesosfailover.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.json.Json;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.Seconds;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One row per incident (RFC 4180 quoting); the kind-specific fields are in the last column as JSON. Cells are safe
 * to open in a spreadsheet: control characters are escaped ({@link TerminalText}) and a text cell that a spreadsheet
 * would take for a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading {@code '}, as
 * OWASP recommends; numbers stay numbers.
 */
final class CsvReport {

    static final String HEADER = "kind,id,cluster,subject,start,end,duration_s,result,details";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvReport() {
    }

    static void write(AnalysisResult result, PrintWriter out) {
        out.print(HEADER + "\r\n");
        for (Incident incident : result.incidents()) {
            ObjectNode json = Json.mapper().valueToTree(incident);
            BigDecimal seconds = Seconds.of(incident.duration());
            IncidentSummary summary = IncidentSummary.of(incident);
            String[] cells = {incident.kind(), incident.id(), incident.cluster(), summary.subject(),
                String.valueOf(incident.start()), incident.end() == null ? "" : incident.end().toString(),
                seconds == null ? "" : seconds.toPlainString(), summary.result(), json.toString()};
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                row.append(i == 0 ? "" : ",").append(cell(cells[i]));
            }
            out.print(row.append("\r\n"));
        }
    }

    /** @return the cell as a spreadsheet should see it: escaped, defused, quoted when needed */
    static String cell(String value) {
        String escaped = TerminalText.escape(value);
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
                && !NUMBER.matcher(value).matches();
        return quote(formula ? "'" + escaped : escaped);
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
