package io.mesosfailover.cli.drill;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.json.Json;
import io.mesosfailover.cli.TerminalText;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The verdicts of a drill, for people (one line per expectation with PASS or FAIL, then the incident that decided
 * it) and as JSON.
 *
 * @param drill the drill
 * @param file the drill file, as given
 * @param firstEvent the first event of the logs, {@code null} when there was none
 * @param lastEvent the last event of the logs, {@code null} when there was none
 * @param results the verdicts, one per expectation, in order
 */
public record DrillReport(Drill drill, String file, Instant firstEvent, Instant lastEvent,
        List<ExpectationResult> results) {

    /** Copies the results. */
    public DrillReport {
        results = List.copyOf(results);
    }

    /** @return whether every expectation passed */
    public boolean passed() {
        return results.stream().allMatch(ExpectationResult::passed);
    }

    /** @return how many expectations failed */
    public long failures() {
        return results.stream().filter(result -> !result.passed()).count();
    }

    /** Writes the report for people; log text has its control characters replaced. */
    public void writeText(PrintWriter out) {
        out.println("drill: " + printable(drill.drill()) + " (" + printable(file) + ")");
        if (firstEvent != null) {
            out.println("logs: " + firstEvent + " to " + lastEvent
                    + (drill.between() == null ? "" : "; drill " + drill.between()));
        }
        for (ExpectationResult result : results) {
            out.println((result.passed() ? "PASS  " : "FAIL  ") + printable(result.expectation()));
            String decided = result.incident() == null ? "" : ": " + printable(result.incident())
                    + (result.figures().isEmpty() ? "" : " (" + figures(result.figures()) + ")");
            out.println("      " + printable(result.reason()) + decided);
        }
        out.println(results.size() - failures() + " of " + results.size() + " expectations passed");
        out.flush();
    }

    /** @return the report as JSON: the drill, the logs' span and one object per verdict */
    public ReportJson toJson() {
        return new ReportJson(drill.drill(), file, passed(), firstEvent, lastEvent,
                results.stream().map(VerdictJson::of).toList());
    }

    /**
     * The JSON form of a drill report ({@code check --format json}); absent values are written as {@code null}.
     *
     * @param drill the drill's name
     * @param file the drill file, as given
     * @param passed whether every expectation passed
     * @param firstEvent the first event of the logs
     * @param lastEvent the last event of the logs
     * @param expectations the verdicts, in order
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReportJson(String drill, String file, boolean passed, Instant firstEvent, Instant lastEvent,
            List<VerdictJson> expectations) {
    }

    /**
     * The JSON form of one verdict; absent values are written as {@code null}.
     *
     * @param kind the expectation's kind
     * @param expectation the expectation, in words
     * @param passed whether it passed
     * @param reason why
     * @param incident the incident that decided it
     * @param figures that incident's figures, as a tree (so that decimals keep the form they had)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VerdictJson(String kind, String expectation, boolean passed, String reason, String incident,
            JsonNode figures) {

        static VerdictJson of(ExpectationResult result) {
            return new VerdictJson(result.kind(), result.expectation(), result.passed(), result.reason(),
                    result.incident(), Json.mapper().valueToTree(result.figures()));
        }
    }

    static String figures(Map<String, Object> figures) {
        return figures.entrySet().stream().map(figure -> figure.getKey() + " " + value(figure.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String value(Object value) {
        if (value == null) {
            return "-";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** @return the text with control characters (which a terminal would obey) replaced by U+FFFD */
    static String printable(String text) {
        return text == null ? "-" : TerminalText.escape(text);
    }
}
