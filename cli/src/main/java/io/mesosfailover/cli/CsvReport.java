package io.mesosfailover.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.IncidentJson;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
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
            String[] cells = {incident.kind(), incident.id(), incident.cluster(), subjectOf(incident),
                String.valueOf(incident.start()), incident.end() == null ? "" : incident.end().toString(),
                seconds == null ? "" : seconds.toPlainString(), resultOf(incident), json.toString()};
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                row.append(i == 0 ? "" : ",").append(quote(cells[i]));
            }
            out.print(row.append("\r\n"));
        }
    }

    static String subjectOf(Incident incident) {
        if (incident instanceof AgentFailover) {
            return ((AgentFailover) incident).agent().toString();
        }
        if (incident instanceof TimeoutCompliance) {
            TimeoutCompliance compliance = (TimeoutCompliance) incident;
            return compliance.agent() != null ? compliance.agent().toString() : String.valueOf(compliance.agentId());
        }
        if (incident instanceof LeaderFailover) {
            return ((LeaderFailover) incident).oldLeader() + " -> " + ((LeaderFailover) incident).newLeader();
        }
        if (incident instanceof RegionOutage) {
            return ((RegionOutage) incident).region();
        }
        if (incident instanceof TaskRescheduling) {
            return ((TaskRescheduling) incident).lostTaskId();
        }
        return String.join(" ", ((LeaderlessPeriod) incident).masters());
    }

    static String resultOf(Incident incident) {
        if (incident instanceof AgentFailover) {
            return ((AgentFailover) incident).outcome().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (incident instanceof TimeoutCompliance) {
            return ((TimeoutCompliance) incident).verdict().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (incident instanceof TaskRescheduling) {
            return ((TaskRescheduling) incident).relaunchedTaskId() == null ? "not_relaunched" : "relaunched";
        }
        return incident.end() == null ? "open" : "closed";
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
