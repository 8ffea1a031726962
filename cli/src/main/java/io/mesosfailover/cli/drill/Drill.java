package io.mesosfailover.cli.drill;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.timeline.IncidentsByKind;
import io.mesosfailover.timeline.RegionMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A drill file: what the cluster must do in a failure drill.
 *
 * @param drill its name
 * @param description what was done to the cluster, {@code null} when not said
 * @param between when the drill's incidents began, for expectations without a window of their own; {@code null}
 *     for all of the logs
 * @param expect the expectations, in order
 */
public record Drill(String drill, String description, DrillWindow between, List<Expectation> expect) {

    /** Checks and copies. */
    public Drill {
        requireNonNull(drill, "drill (its name) is required");
        if (expect == null || expect.isEmpty()) {
            throw new IllegalArgumentException("expect needs at least one expectation");
        }
        expect = List.copyOf(expect);
    }

    /**
     * Judges every expectation against an analysis.
     *
     * @param regions the region map the analysis used
     * @return one result per expectation, in order; empty when the logs had no event
     */
    public List<ExpectationResult> judge(AnalysisResult analysis, RegionMap regions) {
        List<ExpectationResult> results = new ArrayList<>();
        if (analysis.firstEventTime() == null) {
            for (Expectation expectation : expect) {
                results.add(new ExpectationResult(expectation.kind(), expectation.describe(), false,
                        "the logs have no event", null, Map.of()));
            }
            return results;
        }
        DrillContext context = new DrillContext(IncidentsByKind.of(analysis.incidents()), analysis.firstEventTime(),
                analysis.lastEventTime(), regions, between);
        for (Expectation expectation : expect) {
            results.add(expectation.judge(context));
        }
        return results;
    }
}
