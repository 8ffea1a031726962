package io.mesosfailover.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.IncidentJson;
import java.io.PrintWriter;
import java.math.BigDecimal;

/** One row per incident (RFC 4180 quoting); the kind-specific fields are in the last column as JSON. */
final class CsvReport {

    static final String HEADER = "kind,id,cluster,subject,start,end,duration_s,result,details";

    private CsvReport() {
    }

    static void write(AnalysisResult result, PrintWriter out) {
        out.print(HEADER + "\r\n");
        for (Incident incident : result.incidents()) {
            ObjectNode json = IncidentJson.toJson(incident);
            BigDecimal seconds = IncidentJson.seconds(incident.duration());
            IncidentSummary summary = IncidentSummary.of(incident);
            String[] cells = {incident.kind(), incident.id(), incident.cluster(), summary.subject(),
                String.valueOf(incident.start()), incident.end() == null ? "" : incident.end().toString(),
                seconds == null ? "" : seconds.toPlainString(), summary.result(), json.toString()};
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                row.append(i == 0 ? "" : ",").append(quote(cells[i]));
            }
            out.print(row.append("\r\n"));
        }
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
