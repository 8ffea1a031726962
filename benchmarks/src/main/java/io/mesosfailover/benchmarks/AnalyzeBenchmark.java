package io.mesosfailover.benchmarks;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.generate.GeneratedLogs;
import io.mesosfailover.generate.ScenarioGenerator;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code analyze} end to end. {@code generate DIR LINES} writes the scenario cluster with that many noise lines over
 * three master files (the generator keeps them in memory: give it a large heap); {@code run DIR} runs the batch
 * analyzer (read, parse, merge by time, timelines) five times and prints lines/s, MB/s, the incidents found and
 * the peak heap. Run it with a small heap to show memory does not grow with the logs.
 *
 * <p>How to run: {@code scripts/benchmark-analyze.sh [lines]}.
 */
public final class AnalyzeBenchmark {

    private static final int PASSES = 5;

    private AnalyzeBenchmark() {
    }

    /** @param args {@code generate DIR LINES} or {@code run DIR} */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[1]);
        if ("generate".equals(args[0])) {
            GeneratedLogs logs = new ScenarioGenerator(MesosWording.V1_11, 42, Integer.parseInt(args[2])).generate(folder);
            System.out.printf(Locale.ROOT, "generated %d files, %d expected incidents%n", logs.files().size(),
                    logs.expected().size());
            return;
        }
        run(folder);
    }

    private static void run(Path folder) throws IOException {
        List<Path> logs;
        try (Stream<Path> listing = Files.list(folder)) {
            logs = listing.sorted().collect(Collectors.toList());
        }
        {
            long bytes = 0;
            for (Path file : logs) {
                bytes += Files.size(file);
            }
            List<String> files = logs.stream().map(Path::toString).collect(Collectors.toList());
            TimelineSettings settings = TimelineSettings.DEFAULTS.withRegions(
                    RegionMap.of("oslo", "10.0.19.0/24", "frankfurt", "192.168.0.0/16", "ireland", "172.16.0.0/12"));
            System.out.printf(Locale.ROOT, "input: %d files, %.1f MB, heap limit %.0f MB%n", files.size(), bytes / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
            List<Double> seconds = new ArrayList<>();
            AnalysisResult result = null;
            for (int pass = 0; pass < PASSES; pass++) {
                System.gc();
                HeapPeaks.reset();
                long start = System.nanoTime();
                result = new BatchAnalyzer(settings).analyze(files, InputStream.nullInputStream(), read -> { });
                seconds.add((System.nanoTime() - start) / 1e9);
                System.out.printf(Locale.ROOT, "pass %d: %.3f s, %,.0f lines/s, %.1f MB/s, peak heap %.1f MB%n", pass + 1,
                        seconds.get(pass), result.stats().lines() / seconds.get(pass), bytes / 1e6 / seconds.get(pass),
                        HeapPeaks.peak() / 1e6);
            }
            seconds.sort(Comparator.naturalOrder());
            System.out.printf(Locale.ROOT, "median: %.3f s, %,.0f lines/s; %,d lines, %,d events, %d incidents%n",
                    seconds.get(PASSES / 2), result.stats().lines() / seconds.get(PASSES / 2), result.stats().lines(),
                    result.stats().events(), result.incidents().size());
        }
    }
}
