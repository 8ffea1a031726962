package io.mesosfailover.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.UnknownLineGroups;
import io.mesosfailover.parser.UnknownLineReport;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.AgentOutcome;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderHistory;
import io.mesosfailover.timeline.RegionMap;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final String HOSTILE_MASTER = "<img src=x onerror=alert(1)>";
    private static final String HOSTILE_REASON = "</script><script>alert(2)</script>";

    @Test
    void shouldEscapeLogTextEverywhere() throws IOException {
        // Given
        Instant lost = Instant.parse("2021-03-09T14:10:00Z");
        ProcessAddress agent = new ProcessAddress("10.0.2.21", 5051);
        AgentFailover failover = new AgentFailover(Incident.idOf(AgentFailover.class, agent.toString(), lost), "c\"<b>",
                agent, "\"'><svg onload=alert(3)>", HOSTILE_MASTER, List.of(new AgentId("S1")), lost, "disconnected",
                false, lost.plusSeconds(78), HOSTILE_REASON, null, lost.plusSeconds(100), "agent-registered",
                AgentOutcome.REMOVED_THEN_REJOINED, null, false);
        AnalysisResult result = new AnalysisResult(List.of(failover), ParseStats.empty(), List.of("<b>file</b>"),
                List.of(), List.of(), lost.plusSeconds(200), List.of(), lost.minusSeconds(60), List.of(new LeaderHistory(
                        "c\"<b>", List.of(new LeaderHistory.Master(HOSTILE_MASTER, null)),
                        List.of(new LeaderHistory.Term(HOSTILE_MASTER, lost.minusSeconds(60), null, null)))), List.of(),
                unknownLine(lost, "Frobnicating " + HOSTILE_REASON), List.of());

        // When
        String page = render(result, RegionMap.EMPTY);

        // Then
        assertThat(page).doesNotContain("<img", "<svg onload", "alert(2)</script>", "<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
                        "&lt;b&gt;file&lt;/b&gt;", "data-cluster=\"c&quot;&lt;b&gt;\"",
                        "<table id=\"unknown-templates\">", "Frobnicating &lt;/script&gt;");
        assertThat(count(page, "<script>")).isEqualTo(1);
        assertThat(count(page, "</script>")).isEqualTo(1);
    }

    @Test
    void shouldDrawEveryKindOnItsLanesAndAllowOnlyItsOwnScript() throws IOException {
        // Given
        AnalysisResult result = SyntheticIncidents.of(400);

        // When
        String page = render(result, SyntheticIncidents.REGIONS);

        // Then
        assertThat(page).contains("data-lane=\"masters/master-0\"", "data-lane=\"agents/oslo/10.0.0.1:5051\"",
                "data-kind=\"agent-failover\"", "data-kind=\"timeout-compliance\"", "data-kind=\"leader-failover\"",
                "data-kind=\"leaderless-period\"", "data-kind=\"region-outage\"", "data-kind=\"task-rescheduling\"",
                "data-kind=\"leader-term\"", "class=\"mark band leaderless\"", "id=\"parse-health\"",
                "<table id=\"slowest-failovers\">");
        assertThat(count(page, "tabindex=\"0\"")).isEqualTo(400 + result.leaderHistories().get(0).terms().size());
        assertThat(page).doesNotContain("https://", "src=", "href=", "url(", "@import");
        Matcher policy = Pattern.compile("script-src '(sha256-[^']+)'").matcher(page);
        assertThat(policy.find()).isTrue();
    }

    @Test
    void shouldGroupAgentsByRegionAndStayUnderFiveMegabytesAtFiveThousandIncidents() throws IOException {
        // Given
        AnalysisResult result = SyntheticIncidents.of(5_000);

        // When
        String page = render(result, SyntheticIncidents.REGIONS);

        // Then
        int bytes = page.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isLessThan(5 * 1024 * 1024);
        assertThat(page).contains("data-lane=\"agents/region:oslo\"", "data-lane=\"agents/region:frankfurt\"",
                "agents that failed, one lane per region").doesNotContain("data-lane=\"agents/oslo/");
        assertThat(count(page, "class=\"lane agents\"")).isEqualTo(2);
        assertThat(count(page, "data-kind=\"agent-failover\"")).isGreaterThan(2_000);
    }

    static String render(AnalysisResult result, RegionMap regions) throws IOException {
        StringWriter out = new StringWriter();
        HtmlReport.write(result, regions, out);
        return out.toString();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static UnknownLineReport unknownLine(Instant time, String message) {
        UnknownLineGroups groups = new UnknownLineGroups();
        groups.add(time, new SourceRef("c", "m1", "<b>file</b>", 7), "master.cpp:1", message);
        return groups.report();
    }
}
