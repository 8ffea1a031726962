package io.mesosfailover.benchmarks;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Unrecognized;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.parser.UnknownLineGroups;
import io.mesosfailover.parser.UnknownLineReport;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.source.LogInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Parsing throughput on one core: generates a realistic 1,000,000-line master log, then in the same run measures
 * plain line reading (BufferedReader, LogInput), reading plus parsing (LogInput + FileParse), and parsing with the
 * unknown-line report on top (two rounds, alternating with the plain parse). One warm-up pass, then five measured
 * passes of each; prints the median lines/s and MB/s, the outcome counts and the peak heap.
 *
 * <p>How to run: {@code scripts/benchmark-parse.sh [lines]}.
 */
public final class ParseBenchmark {

    private static final int PASSES = 5;

    private ParseBenchmark() {
    }

    /** @param args optional: the number of lines (default 1,000,000) */
    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Files.createTempFile("mesos-master-benchmark", ".log");
        try {
            SyntheticMasterLog.write(file, lines, MesosWording.V1_11, 42);
            double megabytes = Files.size(file) / 1e6;
            System.out.printf(Locale.ROOT, "file: %,d lines, %.1f MB (1.11 wording, ~95%% noise)%n", lines, megabytes);
            report("BufferedReader.readLine", lines, megabytes, () -> readPlain(file));
            report("LogInput.readLine", lines, megabytes, () -> readLogInput(file));
            HeapPeaks.reset();
            report("LogInput + FileParse", lines, megabytes, () -> parse(file, null));
            System.out.printf(Locale.ROOT, "peak heap while parsing: %.1f MB%n", HeapPeaks.peak() / 1e6);
            // The unknown-line report on top, alternating with the plain parse so that both see the same machine.
            for (int round = 0; round < 2; round++) {
                report("LogInput + FileParse", lines, megabytes, () -> parse(file, null));
                report("  + unknown-line groups", lines, megabytes, () -> parse(file, new UnknownLineGroups()));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void report(String name, int lines, double megabytes, IoRun run) throws IOException {
        run.run();
        List<Double> seconds = new ArrayList<>();
        List<Double> cpuSeconds = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < PASSES; pass++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            run.run();
            cpuSeconds.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        Collections.sort(seconds);
        Collections.sort(cpuSeconds);
        double median = seconds.get(PASSES / 2);
        double cpuMedian = cpuSeconds.get(PASSES / 2);
        // CPU time of the measuring thread: on a shared machine it varies less than the wall clock.
        System.out.printf(Locale.ROOT, "%-26s median %.3f s  %,12.0f lines/s  %7.1f MB/s  (min %.3f s, max %.3f s)"
                + "  cpu %.3f s = %,.0f lines per cpu-s%n", name, median, lines / median, megabytes / median,
                seconds.get(0), seconds.get(PASSES - 1), cpuMedian, lines / cpuMedian);
    }

    private static void readPlain(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long count = 0;
            while (reader.readLine() != null) {
                count++;
            }
            sink(count);
        }
    }

    private static void readLogInput(Path file) throws IOException {
        try (LogInput input = LogInput.open(file)) {
            long count = 0;
            while (input.readLine() != null) {
                count++;
            }
            sink(count);
        }
    }

    /** Parses the file; with {@code unknownLines}, its unrecognized events are grouped there too. */
    private static void parse(Path file, UnknownLineGroups unknownLines) throws IOException {
        FileParse parse = new GlogParser(ParserSettings.defaults()).open(file.toString());
        long[] events = new long[1];
        Consumer<ParseOutcome> out = unknownLines == null ? outcome -> events[0]++ : outcome -> {
            events[0]++;
            MesosEvent event = outcome.map(parsed -> parsed, malformed -> null);
            if (event instanceof Unrecognized unrecognized) {
                unknownLines.add(unrecognized);
            }
        };
        try (LogInput input = LogInput.open(file)) {
            for (String line = input.readLine(); line != null; line = input.readLine()) {
                parse.accept(line, out);
            }
        }
        parse.finish(out);
        ParseStats stats = parse.stats();
        if (unknownLines != null && lastUnknownPrinted != stats.lines()) {
            lastUnknownPrinted = stats.lines();
            UnknownLineReport report = unknownLines.report();
            System.out.printf(Locale.ROOT, "unknown lines: %,d in %d templates, %,d ungrouped%n", report.lines(),
                    report.groups().size(), report.ungroupedLines());
        }
        if (unknownLines == null && lastPrinted != stats.lines()) {
            lastPrinted = stats.lines();
            System.out.printf(Locale.ROOT, "outcomes: %,d events (%,d unrecognised), %,d malformed, %,d typed events%n",
                    stats.events(), stats.unrecognized(), stats.malformed(), stats.events() - stats.unrecognized());
        }
    }

    private static long lastPrinted = -1;
    private static long lastUnknownPrinted = -1;

    private static void sink(long value) {
        if (value < 0) {
            System.out.println(value);
        }
    }

    private interface IoRun {
        void run() throws IOException;
    }
}
