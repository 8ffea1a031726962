package io.mesosfailover.generate;

import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.Incident;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated log set: its files and the incidents an analysis of them must give.
 *
 * @param files one file per master
 * @param expected the ground truth, sorted as {@code analyze} sorts incidents
 * @param wording the Mesos version the lines are worded as
 * @param seed the seed of the noise
 */
public record GeneratedLogs(List<Path> files, List<Incident> expected, MesosWording wording, long seed) {

    /** Copies the lists. */
    public GeneratedLogs {
        files = List.copyOf(files);
        expected = List.copyOf(expected);
    }
}
