package io.mesosfailover.influx;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.generate.GeneratedLogs;
import io.mesosfailover.generate.ScenarioGenerator;
import io.mesosfailover.metrics.IncidentMetrics;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test fixture: the study's scenarios generated as logs, analysed as {@code analyze} does, and the points it writes.
 *
 * @param logs the generated logs and their ground truth
 * @param result the analysis
 * @param points the incidents' points and the parse health point
 */
record AnalyzedScenario(GeneratedLogs logs, AnalysisResult result, List<MetricPoint> points) {

    static AnalyzedScenario of(Path folder, MesosWording wording) throws IOException {
        GeneratedLogs logs = new ScenarioGenerator(wording, 11, 2_000).generate(folder.resolve("logs"));
        Path regionsFile = Files.writeString(folder.resolve("regions.yaml"), ScenarioGenerator.REGIONS_YAML);
        RegionMap regions = RegionMap.load(regionsFile);
        AnalysisResult result = analyze(logs, regions);
        return new AnalyzedScenario(logs, result, points(result, regions));
    }

    static AnalysisResult analyze(GeneratedLogs logs, RegionMap regions) throws IOException {
        return new BatchAnalyzer(TimelineSettings.DEFAULTS.withRegions(regions)).analyze(logs.files());
    }

    static List<MetricPoint> points(AnalysisResult result, RegionMap regions) {
        return new IncidentMetrics(regions).analysisPoints(result, "default", "all");
    }
}
