package io.mesosfailover.timeline;

import static io.mesosfailover.timeline.MasterLines.elected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mesosfailover.batch.AnalysisResult;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who led when: every term from its election to the sign that ended it, the first election included. */
class LeaderHistoryTest {

    @TempDir
    Path folder;

    @Test
    void shouldRecordEveryTermAndEveryMasterSeen() {
        // Given: m1 is elected first, loses its session and starts again; m2 follows and still leads at the end
        String first = Analyses.log("m1", "2021/03/09 14:00:00",
                "I0309 14:00:00.000000 master.cpp:450] Master 7b2c (m1) started on 10.0.19.5:5050",
                elected("I0309 14:00:01.000000"),
                "I0309 14:10:10.000000 group.cpp:900] ZooKeeper session expired",
                "I0309 14:10:30.000000 master.cpp:450] Master 7b2d (m1) started on 10.0.19.5:5050");
        String second = Analyses.log("m2", "2021/03/09 14:00:00",
                "I0309 14:00:00.500000 master.cpp:1200] Some line m2 logs",
                elected("I0309 14:10:14.000000"));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, first, second);

        // Then
        assertThat(result.firstEventTime()).isEqualTo(Instant.parse("2021-03-09T14:00:00Z"));
        assertThat(result.leaderHistories()).singleElement().satisfies(history -> {
            assertThat(history.cluster()).isEqualTo("default");
            assertThat(history.masters()).containsExactly(new LeaderHistory.Master("m1", "10.0.19.5"),
                    new LeaderHistory.Master("m2", null));
            assertThat(history.terms()).containsExactly(
                    new LeaderHistory.Term("m1", Instant.parse("2021-03-09T14:00:01Z"),
                            Instant.parse("2021-03-09T14:10:10Z"), "zoo-keeper-session-expired"),
                    new LeaderHistory.Term("m2", Instant.parse("2021-03-09T14:10:14Z"), null, null));
        });
    }

    @Test
    void shouldEndATermAtTheLeadersLastLineWhenAnotherIsElected() {
        // Given: m1 never says it lost leadership
        String first = Analyses.log("m1", "2021/03/09 14:00:00", elected("I0309 14:00:01.000000"),
                "I0309 14:05:00.000000 master.cpp:1200] Some line m1 logs");
        String second = Analyses.log("m2", "2021/03/09 14:00:00", elected("I0309 14:06:00.000000"));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, TimelineSettings.DEFAULTS, first, second);

        // Then
        assertThat(result.leaderHistories().get(0).terms()).extracting(LeaderHistory.Term::master,
                LeaderHistory.Term::endedAt, LeaderHistory.Term::endedBy).containsExactly(
                        tuple("m1", Instant.parse("2021-03-09T14:05:00Z"), "last-line"),
                        tuple("m2", null, null));
    }
}
