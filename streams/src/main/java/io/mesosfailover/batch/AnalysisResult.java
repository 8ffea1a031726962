package io.mesosfailover.batch;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.timeline.Incident;
import java.util.List;

/**
 * What {@code analyze} found.
 *
 * @param incidents every incident, sorted by start time, then kind, then id
 * @param stats what became of the lines of all files
 * @param files the files read, in the order given
 * @param problems input problems (cut lines, truncated gzip streams), worded for the user
 * @param malformedSamples the first malformed lines, as {@code file:line: reason}
 */
public record AnalysisResult(List<Incident> incidents, ParseStats stats, List<String> files, List<String> problems,
        List<String> malformedSamples) {

    /** Checks and copies. */
    public AnalysisResult {
        requireNonNull(stats, "stats is null");
        incidents = List.copyOf(incidents);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        malformedSamples = List.copyOf(malformedSamples);
    }
}
