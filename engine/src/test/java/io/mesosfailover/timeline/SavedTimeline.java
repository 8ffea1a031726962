package io.mesosfailover.timeline;

import java.util.ArrayList;
import java.util.List;

/** What the streaming path's store keeps of a timeline, kept the same way: the last state and the live segments. */
final class SavedTimeline {

    private byte[] state;
    private final List<byte[]> segments = new ArrayList<>();
    private int segmentsFromScratch;

    /** Saves as a commit would, and restores from what was saved, as after a restart. */
    StreamingTimeline saveAndRestore(StreamingTimeline timeline, int segmentBytes) {
        save(timeline, segmentBytes);
        return TimelineSnapshots.restore(state, segments);
    }

    void save(StreamingTimeline timeline, int segmentBytes) {
        TimelineSnapshots.Saved saved = TimelineSnapshots.save(timeline, segmentBytes);
        state = saved.state();
        if (saved.launchesFromScratch()) {
            segments.clear();
            segmentsFromScratch++;
        }
        segments.addAll(saved.launches());
    }

    int segments() {
        return segments.size();
    }

    int segmentsFromScratch() {
        return segmentsFromScratch;
    }
}
