package io.mesosfailover.batch;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Unrecognized;
import io.mesosfailover.parser.FileYear;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.parser.ParsingThreads;
import io.mesosfailover.parser.UnknownLineGroups;
import io.mesosfailover.parser.UnknownLineReport;
import io.mesosfailover.source.LogChunks;
import io.mesosfailover.source.TimeOrderedMerge;
import io.mesosfailover.timeline.ClusterState;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderHistory;
import io.mesosfailover.timeline.TimeAnomaly;
import io.mesosfailover.timeline.TimelineEngine;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Analyses archived logs in-process: the files of several masters merged by event time (a k-way merge), one
 * timeline engine. A file is opened when the merge reaches its first event ({@link FirstEvents} found it, one file at
 * a time) and closed when it is read to its end, so that thousands of small files need only a few open at once; a
 * large file is read in chunks and parsed on every processor ({@link FileCursor}). Memory grows with the files whose
 * lines overlap in time, not with their number or size.
 */
public final class BatchAnalyzer {

    /** Malformed lines kept as samples for the report. */
    public static final int MALFORMED_SAMPLES = 20;

    private static final Comparator<Incident> INCIDENT_ORDER = Comparator.comparing(Incident::start)
            .thenComparing(Incident::kind).thenComparing(Incident::id);

    private final GlogParser parser;
    private final TimelineSettings settings;
    /** The most files open at once in the last analysis (for tests). */
    private int mostFilesOpen;

    /** @param settings how to group and judge incidents; the lines are read with the default parser settings */
    public BatchAnalyzer(TimelineSettings settings) {
        this(new GlogParser(ParserSettings.defaults()), settings);
    }

    /**
     * @param parser how to read the lines; the known templates' fields are left out, since no timeline reads them
     * @param settings how to group and judge incidents
     */
    public BatchAnalyzer(GlogParser parser, TimelineSettings settings) {
        this.parser = requireNonNull(parser, "parser is null").withoutTemplateFields();
        this.settings = requireNonNull(settings, "settings is null");
    }

    /**
     * Analyses files, with no standard input and no progress bar.
     *
     * @throws IOException when a file cannot be opened or read
     */
    public AnalysisResult analyze(List<Path> files) throws IOException {
        return analyze(files.stream().map(Path::toString).toList(), InputStream.nullInputStream(), bytes -> { });
    }

    /**
     * Analyses files ({@code -} reads {@code standardInput}).
     *
     * @param progress told the bytes read so far, now and then (for a progress bar)
     * @throws IOException when a file cannot be opened or read
     */
    public AnalysisResult analyze(List<String> files, InputStream standardInput, LongConsumer progress)
            throws IOException {
        List<String> malformedSamples = new ArrayList<>();
        try (ParsingThreads threads = new ParsingThreads()) {
            FirstEvents firsts = FirstEvents.find(parser, files, threads.workers());
            Merge merge = new Merge(firsts, standardInput, threads, malformed -> sample(malformed, malformedSamples),
                    progress);
            Run run;
            try {
                run = run(merge);
            } finally {
                merge.close();
            }
            List<Incident> incidents = run.incidents;
            incidents.sort(INCIDENT_ORDER);
            ParseStats stats = ParseStats.empty();
            List<String> problems = new ArrayList<>();
            List<FileYear> years = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                FileRead read = merge.read(i);
                stats = stats.plus(read.stats());
                years.add(read.year());
                for (String problem : read.problems()) {
                    problems.add(files.get(i) + ": " + problem);
                }
                if (firsts.first(i) == null && !firsts.isStream(i)) {
                    firsts.malformed(i).forEach(malformed -> sample(malformed, malformedSamples));
                }
            }
            return new AnalysisResult(incidents, stats, files, problems, malformedSamples, run.lastEventTime,
                    run.states, run.firstEventTime, run.leaderHistories, run.timeAnomalies, run.unknownLines, years);
        }
    }

    /** @return the most files the last analysis had open at once */
    int mostFilesOpen() {
        return mostFilesOpen;
    }

    private Run run(Merge merge) throws IOException {
        TimelineEngine engine = new TimelineEngine(settings);
        UnknownLineGroups unknownLines = new UnknownLineGroups();
        List<Incident> incidents = new ArrayList<>();
        long events = 0;
        Instant firstEventTime = null;
        Instant lastEventTime = null;
        for (MesosEvent event = merge.next(); event != null; event = merge.next()) {
            if (firstEventTime == null) {
                firstEventTime = event.time();
            }
            if (lastEventTime == null || event.time().isAfter(lastEventTime)) {
                lastEventTime = event.time();
            }
            incidents.addAll(engine.onEvent(event));
            if (event instanceof Unrecognized unrecognized) {
                unknownLines.add(unrecognized);
            }
            if (++events % 65_536 == 0) {
                merge.reportProgress();
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
        if (samples.size() < MALFORMED_SAMPLES) {
            samples.add(malformed.source().file() + ":" + malformed.source().line() + ": " + malformed.reason());
        }
    }

    /**
     * The k-way merge: the next event of each open file in a {@link TimeOrderedMerge}, and each file not opened yet
     * under the time of its first event, so that it is opened when that event would be the next. A file is closed at
     * its end. Ties go by file order, so equal times replay deterministically.
     */
    private final class Merge implements AutoCloseable {
        private final FirstEvents firsts;
        private final InputStream standardInput;
        private final ParsingThreads threads;
        private final Consumer<ParseOutcome.Malformed> malformed;
        private final LongConsumer progress;
        private final TimeOrderedMerge<Head> heads = new TimeOrderedMerge<>();
        private final FileCursor[] cursors;
        private final FileRead[] reads;
        private long bytesOfClosedFiles;
        private int open;
        /** The one file left once no other waits, whose events need no merge; -1 before. */
        private int alone = -1;
        /** The next event of that file. */
        private MesosEvent aloneNext;

        Merge(FirstEvents firsts, InputStream standardInput, ParsingThreads threads,
                Consumer<ParseOutcome.Malformed> malformed, LongConsumer progress) throws IOException {
            this.firsts = firsts;
            this.standardInput = standardInput;
            this.threads = threads;
            this.malformed = malformed;
            this.progress = progress;
            this.cursors = new FileCursor[firsts.size()];
            this.reads = new FileRead[firsts.size()];
            for (int i = 0; i < firsts.size(); i++) {
                if (firsts.isStream(i)) {
                    // a stream cannot be read twice: it is open from the start
                    open(i);
                } else if (firsts.first(i) == null) {
                    reads[i] = firsts.readWhole(i);
                } else {
                    heads.add(new Head(null, i), firsts.first(i), i);
                }
            }
        }

        /** @return the next event of all files, {@code null} at the end of all */
        MesosEvent next() throws IOException {
            if (alone >= 0) {
                MesosEvent event = aloneNext;
                advance(alone);
                return event;
            }
            for (Head head = heads.poll(); head != null; head = heads.poll()) {
                if (head.event == null) {
                    open(head.file);
                } else {
                    if (heads.isEmpty()) {
                        // no other file waits, and none is added later: this one's events come in their order
                        alone = head.file;
                    }
                    advance(head.file);
                    return head.event;
                }
            }
            return null;
        }

        private void open(int file) throws IOException {
            String name = firsts.name(file);
            LogChunks chunks = firsts.isStandardInput(file) ? LogChunks.of(name, standardInput)
                    : LogChunks.open(Path.of(name));
            cursors[file] = new FileCursor(firsts.parse(file), chunks, threads.workers(), threads.readers(), malformed);
            mostFilesOpen = Math.max(mostFilesOpen, ++open);
            advance(file);
        }

        private void advance(int file) throws IOException {
            FileCursor cursor = cursors[file];
            MesosEvent next = cursor.next();
            if (next != null) {
                if (file == alone) {
                    aloneNext = next;
                } else {
                    heads.add(new Head(next, file), next.time(), file);
                }
                return;
            }
            if (file == alone) {
                alone = -1;
                aloneNext = null;
            }
            reads[file] = new FileRead(cursor.parse().stats(), cursor.parse().year(), cursor.parse().problems());
            bytesOfClosedFiles += cursor.parse().bytesRead();
            cursors[file] = null;
            open--;
            cursor.close();
        }

        void reportProgress() {
            long bytes = bytesOfClosedFiles;
            for (FileCursor cursor : cursors) {
                if (cursor != null) {
                    bytes += cursor.parse().bytesRead();
                }
            }
            progress.accept(bytes);
        }

        /** @return what became of the lines of a file, once the merge is at its end */
        FileRead read(int file) {
            return reads[file];
        }

        @Override
        public void close() throws IOException {
            IOException failure = null;
            for (int i = 0; i < cursors.length; i++) {
                if (cursors[i] != null) {
                    try {
                        cursors[i].close();
                    } catch (IOException e) {
                        failure = failure == null ? e : failure;
                    }
                    cursors[i] = null;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * The next event of one file, or, without an event, the file to open.
     *
     * @param event the event, {@code null} for a file not opened yet
     * @param file the file's place in the list
     */
    private record Head(MesosEvent event, int file) {
    }
}
