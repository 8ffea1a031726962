package io.mesosfailover.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.cli.MesosFailoverCommand;
import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.UnknownLineReport;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.AgentOutcome;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderHistory;
import io.mesosfailover.timeline.RegionMap;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report in a real browser: headless Chromium loads it, the DOM and a screenshot are checked. */
@Tag("integration")
@Timeout(300)
class HtmlReportIT {

    private static final Path CLUSTER = Path.of("..", "examples", "cluster");

    @TempDir
    static Path folder;

    /** Stopped after the class's tests by JUnit (not when it never started). */
    @AutoClose
    private static HeadlessChromium chromium;

    @BeforeAll
    static void startChromium() throws Exception {
        chromium = HeadlessChromium.start(folder.resolve("profile"));
    }

    @Test
    void shouldDrawTheSampleClustersTimelineInABrowser() throws Exception {
        // Given
        Path report = folder.resolve("sample.html");
        StringWriter err = new StringWriter();
        int exit = MesosFailoverCommand.newCommandLine().setErr(new PrintWriter(err)).execute("analyze", "--format",
                "html", "-o", report.toString(), "--regions", CLUSTER.resolve("regions.yaml").toString(),
                CLUSTER.resolve("logs").toString());

        // When
        chromium.open(report, 1400, 900);

        // Then
        assertThat(exit).as(err.toString()).isZero();
        assertThat(chromium.evaluate("[...document.querySelectorAll('g.lane.masters')].map(l => l.dataset.lane)"
                + ".join()").asText()).isEqualTo("masters/mesos-master-1,masters/mesos-master-2,masters/mesos-master-3");
        assertThat(chromium.evaluate("document.querySelectorAll('g.lane.agents').length").asInt()).isEqualTo(5);
        // every agent failover of the sample has a removal: four by health check, the reboot's old registration
        assertThat(chromium.evaluate("document.querySelectorAll('g.lane.agents .mark[data-kind=\"agent-failover\"]"
                + " rect.removed').length").asInt()).isEqualTo(5);
        assertThat(chromium.evaluate("document.querySelectorAll('g.lane.masters rect.leader').length").asInt())
                .isEqualTo(3);
        String leaderless = "document.querySelector('.mark.band.leaderless')";
        assertThat(chromium.evaluate(leaderless + ".dataset.id").asText())
                .isEqualTo("leaderless-period/default/2021-03-09T14:50:00Z");
        assertThat(chromium.evaluate(leaderless + ".querySelector('rect').getBBox().width").asDouble())
                .isGreaterThan(10);
        assertThat(chromium.evaluate("getComputedStyle(" + leaderless + ".querySelector('rect')).fill").asText())
                .isEqualTo("rgb(211, 47, 47)");
        assertThat(chromium.evaluate("document.querySelectorAll('.mark.band.region rect').length").asInt())
                .isEqualTo(2);
        // keyboard focus shows the incident's fields (the page's own script runs under its policy)
        assertThat(chromium.evaluate(leaderless + ".focus(); const tip = document.getElementById('tip');"
                + " (tip.hidden ? 'hidden: ' : '') + tip.textContent").asText())
                .startsWith("id: leaderless-period/default/2021-03-09T14:50:00Z").contains("duration_s: 95");
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(chromium.screenshot()));
        assertThat(shot.getWidth()).isEqualTo(1400);
        assertThat(colours(shot)).isGreaterThan(20);
        assertThat(share(shot, 0xD32F2F, 0x2E7D32)).as("leader green and leaderless red drawn").isGreaterThan(0.001);
    }

    @Test
    void shouldNotRunScriptsFromLogText() throws Exception {
        // Given: a master named like an image with an error handler, a reason that closes the script
        String master = "<img src=x onerror=window.__xss=1>";
        Instant lost = Instant.parse("2021-03-09T14:10:00Z");
        ProcessAddress agent = new ProcessAddress("10.0.2.21", 5051);
        AgentFailover failover = new AgentFailover(Incident.idOf(AgentFailover.class, agent.toString(), lost), "c",
                agent, "<svg onload=window.__xss=3>", master, List.of(new AgentId("S1")), lost, "disconnected",
                false, lost.plusSeconds(78), "</script><script>window.__xss=2</script>", null, lost.plusSeconds(100),
                "agent-registered", AgentOutcome.REMOVED_THEN_REJOINED, null, false);
        AnalysisResult result = new AnalysisResult(List.of(failover), ParseStats.empty(), List.of("m.log"), List.of(),
                List.of(), lost.plusSeconds(200), List.of(), lost.minusSeconds(60), List.of(new LeaderHistory("c",
                        List.of(new LeaderHistory.Master(master, null)),
                        List.of(new LeaderHistory.Term(master, lost.minusSeconds(60), null, null)))), List.of(), UnknownLineReport.empty(), List.of());
        Path report = folder.resolve("hostile.html");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            HtmlReport.write(result, RegionMap.EMPTY, out);
        }

        // When
        chromium.open(report, 1200, 800);

        // Then
        assertThat(chromium.evaluate("String(window.__xss)").asText()).isEqualTo("undefined");
        assertThat(chromium.evaluate("document.querySelectorAll('img').length").asInt()).isZero();
        assertThat(chromium.evaluate("document.scripts.length").asInt()).isEqualTo(1);
        assertThat(chromium.evaluate("document.querySelector('g.lane.masters .label').textContent").asText())
                .contains(master);
        assertThat(chromium.evaluate("document.querySelector('.mark[data-kind=\"agent-failover\"] title')"
                + ".textContent").asText()).contains("removalReason: </script><script>window.__xss=2</script>");
    }

    @Test
    void shouldOpenFiveThousandIncidentsInOneSmallPage() throws Exception {
        // Given
        Path report = folder.resolve("large.html");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            HtmlReport.write(SyntheticIncidents.of(5_000), SyntheticIncidents.REGIONS, out);
        }

        // When
        long started = System.nanoTime();
        chromium.open(report, 1400, 900);
        double painted = chromium.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame("
                + "() => done(performance.now()))))").asDouble();
        double wall = (System.nanoTime() - started) / 1e6;

        // Then
        long bytes = Files.size(report);
        System.out.printf(Locale.ROOT, "HTML report of 5,000 incidents: %,d bytes; loaded and painted %.0f ms after"
                + " navigation began (%.0f ms including the test's polling)%n", bytes, painted, wall);
        assertThat(bytes).isLessThan(5L * 1024 * 1024);
        // the load time is a figure to read (docs/performance.md), not a bound: this machine's load decides it
        assertThat(chromium.evaluate("document.querySelectorAll('.mark').length").asInt()).isGreaterThan(5_000);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    private static double share(BufferedImage image, int... colours) {
        long hits = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                for (int colour : colours) {
                    hits += rgb == colour ? 1 : 0;
                }
            }
        }
        return (double) hits / (image.getWidth() * (long) image.getHeight());
    }
}
