package io.mesosfailover.cli.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The lanes a band covers as runs of adjacent rows, so that a band over neighbouring lanes is drawn as one. */
final class LaneRuns {

    private LaneRuns() {
    }

    /** @return {@code [top, bottom]} of each run of adjacent lanes among {@code keys}, top to bottom */
    static List<List<Integer>> of(List<String> keys, Map<String, Integer> laneTops) {
        TreeSet<Integer> tops = new TreeSet<>();
        for (String key : keys) {
            Integer top = laneTops.get(key);
            if (top != null) {
                tops.add(top);
            }
        }
        List<List<Integer>> runs = new ArrayList<>();
        Integer runTop = null;
        int runBottom = 0;
        for (int top : tops) {
            if (runTop != null && top != runBottom) {
                runs.add(List.of(runTop, runBottom));
                runTop = null;
            }
            if (runTop == null) {
                runTop = top;
            }
            runBottom = top + TimelineSvg.ROW;
        }
        if (runTop != null) {
            runs.add(List.of(runTop, runBottom));
        }
        return runs;
    }
}
