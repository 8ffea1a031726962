package io.mesosfailover.influx;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.source.LogInput;
import io.mesosfailover.timeline.TimelineEngine;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Test helper: the {@code cluster_state} points the live path writes for some logs, as {@code stream} reports them:
 * every 10 s, for a cluster whose timeline moved since the last report, as of the newest event applied. The logs
 * are replayed in event time, as if each line arrived when it was written.
 */
final class LiveStates {

    static final Duration REPORT_INTERVAL = Duration.ofSeconds(10);

    private LiveStates() {
    }

    static List<MetricPoint> of(List<Path> files, ParserSettings parser, TimelineSettings settings)
            throws IOException {
        List<MesosEvent> events = new ArrayList<>();
        GlogParser glog = new GlogParser(parser);
        for (Path file : files) {
            FileParse parse = glog.open(file.toString());
            try (LogInput input = LogInput.open(file)) {
                for (String line = input.readLine(); line != null; line = input.readLine()) {
                    parse.accept(line, outcome -> keep(outcome, events));
                }
            }
            parse.finish(outcome -> keep(outcome, events));
        }
        // A stable sort: the files' order decides between equal times, as in the batch analyzer's merge.
        events.sort(Comparator.comparing(MesosEvent::time));
        TimelineEngine engine = new TimelineEngine(settings);
        List<MetricPoint> points = new ArrayList<>();
        Instant nextReport = null;
        Instant newest = null;
        boolean moved = false;
        for (MesosEvent event : events) {
            if (nextReport == null) {
                nextReport = event.time().plus(REPORT_INTERVAL);
            }
            while (!event.time().isBefore(nextReport)) {
                if (moved) {
                    engine.states(newest).forEach(state -> points.add(IncidentMetrics.clusterState(state)));
                    moved = false;
                }
                nextReport = nextReport.plus(REPORT_INTERVAL);
            }
            engine.onEvent(event);
            newest = event.time();
            moved = true;
        }
        if (moved) {
            engine.states(newest).forEach(state -> points.add(IncidentMetrics.clusterState(state)));
        }
        return points;
    }

    private static void keep(ParseOutcome outcome, List<MesosEvent> events) {
        if (outcome instanceof ParseOutcome.Parsed) {
            events.add(((ParseOutcome.Parsed) outcome).event());
        }
    }
}
