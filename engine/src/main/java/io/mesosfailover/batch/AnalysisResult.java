package io.mesosfailover.batch;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.parser.FileYear;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.UnknownLineReport;
import io.mesosfailover.timeline.ClusterState;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderHistory;
import io.mesosfailover.timeline.TimeAnomaly;
import java.time.Instant;
import java.util.List;

/**
 * What {@code analyze} found.
 *
 * @param incidents every incident, sorted by start time, then kind, then id
 * @param stats what became of the lines of all files
 * @param files the files read, in the order given
 * @param problems input problems (cut lines, truncated gzip streams), worded for the user
 * @param malformedSamples the first malformed lines, as {@code file:line: reason}
 * @param lastEventTime the time of the latest event read, {@code null} when there was none
 * @param states what each cluster looked like at the end of the input, before the open incidents were closed
 * @param firstEventTime the time of the earliest event read, {@code null} when there was none
 * @param leaderHistories who led each cluster when (every election, the first included), for timelines
 * @param timeAnomalies the masters whose lines went back in time, one summary each
 * @param unknownLines the lines no known template matched, grouped into templates (most lines first)
 * @param years the year of each file's lines and where it came from, in the order of {@code files}
 */
public record AnalysisResult(List<Incident> incidents, ParseStats stats, List<String> files, List<String> problems,
        List<String> malformedSamples, Instant lastEventTime, List<ClusterState> states, Instant firstEventTime,
        List<LeaderHistory> leaderHistories, List<TimeAnomaly> timeAnomalies, UnknownLineReport unknownLines,
        List<FileYear> years) {

    /** Checks and copies. */
    public AnalysisResult {
        requireNonNull(stats, "stats is null");
        requireNonNull(unknownLines, "unknownLines is null");
        incidents = List.copyOf(incidents);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        malformedSamples = List.copyOf(malformedSamples);
        states = List.copyOf(states);
        leaderHistories = List.copyOf(leaderHistories);
        timeAnomalies = List.copyOf(timeAnomalies);
        years = List.copyOf(years);
    }

    /** A result without event times, cluster states, leader histories or unknown-line templates. */
    public AnalysisResult(List<Incident> incidents, ParseStats stats, List<String> files, List<String> problems,
            List<String> malformedSamples) {
        this(incidents, stats, files, problems, malformedSamples, null, List.of(), null, List.of(), List.of(),
                UnknownLineReport.empty(), List.of());
    }
}
