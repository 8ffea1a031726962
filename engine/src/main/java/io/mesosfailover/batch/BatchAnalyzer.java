package io.mesosfailover.batch;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Unrecognized;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.FileYear;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.UnknownLineGroups;
import io.mesosfailover.parser.UnknownLineReport;
import io.mesosfailover.source.LogInput;
import io.mesosfailover.timeline.ClusterState;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderHistory;
import io.mesosfailover.timeline.TimeAnomaly;
import io.mesosfailover.timeline.TimelineEngine;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * Analyses archived logs in-process: one parser per file, the files of several masters merged by event time (a
 * k-way merge: memory grows with the number of files, not their size), one timeline engine.
 */
public final class BatchAnalyzer {

    /** Malformed lines kept as samples for the report. */
    public static final int MALFORMED_SAMPLES = 20;

    private static final Comparator<Incident> INCIDENT_ORDER = Comparator.comparing(Incident::start)
            .thenComparing(Incident::kind).thenComparing(Incident::id);

    private final GlogParser parser;
    private final TimelineSettings settings;

    /**
     * @param parser how to read the lines
     * @param settings how to group and judge incidents
     */
    public BatchAnalyzer(GlogParser parser, TimelineSettings settings) {
        this.parser = requireNonNull(parser, "parser is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /**
     * Analyses files ({@code -} reads {@code standardInput}).
     *
     * @param progress told the bytes read so far, now and then (for a progress bar)
     * @throws IOException when a file cannot be opened or read
     */
    public AnalysisResult analyze(List<String> files, InputStream standardInput, LongConsumer progress)
            throws IOException {
        // Filled by the files' parsing threads.
        List<String> malformedSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        List<EventCursor> cursors = new ArrayList<>();
        try {
            for (String file : files) {
                boolean standard = LogInput.STANDARD_INPUT.equals(file);
                LogInput input = standard ? LogInput.of(file, standardInput) : LogInput.open(Path.of(file));
                FileParse parse = standard ? parser.open(file)
                        : parser.open(file, Files.getLastModifiedTime(Path.of(file)).toInstant());
                cursors.add(new EventCursor(input, parse, malformed -> sample(malformed, malformedSamples)));
            }
            Run run = run(cursors, progress);
            List<Incident> incidents = run.incidents;
            incidents.sort(INCIDENT_ORDER);
            ParseStats stats = ParseStats.empty();
            List<String> problems = new ArrayList<>();
            List<FileYear> years = new ArrayList<>();
            for (EventCursor cursor : cursors) {
                stats = stats.plus(cursor.parse().stats());
                years.add(cursor.parse().year());
                for (String problem : cursor.input().problems()) {
                    problems.add(cursor.input().name() + ": " + problem);
                }
            }
            return new AnalysisResult(incidents, stats, files, problems, new ArrayList<>(malformedSamples),
                    run.lastEventTime, run.states, run.firstEventTime, run.leaderHistories, run.timeAnomalies,
                    run.unknownLines, years);
        } finally {
            for (EventCursor cursor : cursors) {
                cursor.close();
            }
        }
    }

    private Run run(List<EventCursor> cursors, LongConsumer progress) throws IOException {
        TimelineEngine engine = new TimelineEngine(settings);
        UnknownLineGroups unknownLines = new UnknownLineGroups();
        List<Incident> incidents = new ArrayList<>();
        PriorityQueue<Head> heads = new PriorityQueue<>();
        for (int i = 0; i < cursors.size(); i++) {
            MesosEvent first = cursors.get(i).next();
            if (first != null) {
                heads.add(new Head(first, i));
            }
        }
        long events = 0;
        Instant firstEventTime = heads.isEmpty() ? null : heads.peek().event.time();
        Instant lastEventTime = null;
        while (!heads.isEmpty()) {
            Head head = heads.poll();
            if (lastEventTime == null || head.event.time().isAfter(lastEventTime)) {
                lastEventTime = head.event.time();
            }
            incidents.addAll(engine.onEvent(head.event));
            if (head.event instanceof Unrecognized) {
                unknownLines.add((Unrecognized) head.event);
            }
            MesosEvent next = cursors.get(head.file).next();
            if (next != null) {
                heads.add(new Head(next, head.file));
            }
            if (++events % 65_536 == 0) {
                progress.accept(cursors.stream().mapToLong(EventCursor::bytesRead).sum());
            }
        }
        List<ClusterState> states = lastEventTime == null ? List.of() : engine.states(lastEventTime);
        incidents.addAll(engine.finish());
        return new Run(incidents, firstEventTime, lastEventTime, states, engine.leaderHistories(),
                engine.timeAnomalies(), unknownLines.report());
    }

    /**
     * The incidents of a run, the times of its first and latest events, the clusters' states then, who led, its
     * lines gone back, its unknown lines.
     */
    private record Run(List<Incident> incidents, Instant firstEventTime, Instant lastEventTime,
            List<ClusterState> states, List<LeaderHistory> leaderHistories, List<TimeAnomaly> timeAnomalies,
            UnknownLineReport unknownLines) {
    }

    private static void sample(ParseOutcome.Malformed malformed, List<String> samples) {
        synchronized (samples) {
            if (samples.size() < MALFORMED_SAMPLES) {
                samples.add(malformed.source().file() + ":" + malformed.source().line() + ": " + malformed.reason());
            }
        }
    }

    /** The next event of one file; ties keep file order, so equal times replay deterministically. */
    private static final class Head implements Comparable<Head> {
        private final MesosEvent event;
        private final int file;

        Head(MesosEvent event, int file) {
            this.event = event;
            this.file = file;
        }

        @Override
        public int compareTo(Head other) {
            int byTime = event.time().compareTo(other.event.time());
            return byTime != 0 ? byTime : Integer.compare(file, other.file);
        }
    }
}
