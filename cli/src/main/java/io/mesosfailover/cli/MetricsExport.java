package io.mesosfailover.cli;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.influx.InfluxTarget;
import io.mesosfailover.influx.MetricsSink;
import io.mesosfailover.influx.SinkSettings;
import io.mesosfailover.influx.SinkStats;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.timeline.RegionMap;
import java.io.PrintWriter;
import java.util.List;

/** {@code analyze --influx-url ...}: the incidents and the parse health of a run, written as metric points. */
final class MetricsExport {

    /** The {@code host} tag of the parse health of files of several masters. */
    static final String ALL_HOSTS = "all";

    private MetricsExport() {
    }

    /**
     * Writes the points and prints one summary line on {@code err}.
     *
     * @return whether every point was written
     */
    static boolean write(AnalysisResult result, RegionMap regions, String cluster, String host, InfluxTarget target,
            PrintWriter err) {
        List<MetricPoint> points = new IncidentMetrics(regions).analysisPoints(result, cluster,
                host == null ? ALL_HOSTS : host);
        MetricsSink sink = MetricsSink.open(target, SinkSettings.DEFAULTS, warning -> {
            err.println("influx: " + TerminalText.escape(warning));
            err.flush();
        });
        try {
            sink.write(points);
        } finally {
            sink.close();
        }
        SinkStats stats = sink.stats();
        err.println("influx: " + TerminalText.escape(stats.summary()) + " to " + target.describe());
        err.flush();
        return stats.written() == points.size();
    }
}
