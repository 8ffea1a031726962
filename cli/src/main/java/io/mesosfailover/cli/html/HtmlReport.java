package io.mesosfailover.cli.html;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderHistory;
import io.mesosfailover.timeline.RegionMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code analyze --format html}: one self-contained page. A timeline per cluster (a lane per master with its leader
 * terms, elections and leaderless periods; a lane per agent that failed with its losses, removals, returns and
 * health-check windows; region outages as bands; task rescheduling), then the terminal report's tables and parse
 * health. Inline CSS and SVG and one small script (the details of a mark on hover and on keyboard focus), allowed by
 * the page's Content-Security-Policy through their hashes; nothing is loaded from anywhere.
 */
public final class HtmlReport {

    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final String POLICY = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '"
            + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    private HtmlReport() {
    }

    /**
     * Writes the report.
     *
     * @param regions the region map the analysis used (bands across the masters of a region)
     * @throws IOException when the writer fails
     */
    public static void write(AnalysisResult result, RegionMap regions, Writer out) throws IOException {
        StringBuilder page = new StringBuilder(64 * 1024 + result.incidents().size() * 700);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>mesos-failover report</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header><h1>Failover report</h1>\n<p class=\"summary\">").append(result.incidents().size())
                .append(" incidents from ").append(result.files().size()).append(" files");
        if (result.firstEventTime() != null) {
            page.append(", events from ").append(result.firstEventTime()).append(" to ").append(result.lastEventTime());
        }
        page.append(". Point at a mark or tab to it for its fields.</p>\n");
        Legend.write(page);
        page.append("</header>\n");
        timelines(result, regions, page);
        page.append("<section id=\"tables\"><h2>Incidents</h2>\n");
        IncidentTables.write(result.incidents(), page);
        page.append("</section>\n");
        ParseHealthSection.write(result, page);
        page.append("<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>").append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        out.write(page.toString());
    }

    private static void timelines(AnalysisResult result, RegionMap regions, StringBuilder page) {
        Map<String, List<Incident>> byCluster = new LinkedHashMap<>();
        Map<String, LeaderHistory> histories = new LinkedHashMap<>();
        for (LeaderHistory history : result.leaderHistories()) {
            histories.put(history.cluster(), history);
            byCluster.put(history.cluster(), new ArrayList<>());
        }
        result.incidents().forEach(incident -> byCluster.computeIfAbsent(incident.cluster(),
                cluster -> new ArrayList<>()).add(incident));
        int index = 0;
        for (Map.Entry<String, List<Incident>> cluster : byCluster.entrySet()) {
            page.append("<section class=\"cluster\" id=\"cluster-").append(index++).append("\" data-cluster=\"")
                    .append(Html.attribute(cluster.getKey())).append("\"><h2>Cluster ")
                    .append(Html.text(cluster.getKey())).append("</h2>\n");
            new TimelineModelBuilder(cluster.getKey(), histories.get(cluster.getKey()), regions)
                    .add(cluster.getValue()).build(result.firstEventTime(), result.lastEventTime())
                    .ifPresentOrElse(model -> TimelineSvg.write(model, page),
                            () -> page.append("<p>Nothing to draw: no event time.</p>\n"));
            page.append("</section>\n");
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }
}
