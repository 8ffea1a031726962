package io.mesosfailover.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.json.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static io.mesosfailover.timeline.MasterLines.ID;
import static io.mesosfailover.timeline.MasterLines.disconnected;
import static io.mesosfailover.timeline.MasterLines.elected;
import static io.mesosfailover.timeline.MasterLines.reregistered;
import static org.assertj.core.api.Assertions.assertThat;

/** The masters of a region are part of its outage: placed by their address, down by a ZooKeeper loss or silence. */
class RegionOutageMastersTest {

    private static final TimelineSettings SETTINGS = TimelineSettings.DEFAULTS
            .withRegions(RegionMap.of("oslo", "10.0.19.0/24", "ireland", "172.16.0.0/12"));

    @TempDir
    Path folder;

    /** @return agent {@code n} of Ireland as the master names it: its id, pid and host, at 172.16.231.(150 + n) */
    private static String irishAgent(int n) {
        return ID + "-S" + n + " at slave(1)@172.16.231." + (150 + n) + ":5051 (172.16.231." + (150 + n) + ")";
    }

    /** The leader in Oslo, whose file logs the agents of Ireland going and coming back. */
    private static String osloLeader(String... more) {
        return Analyses.log("m1", "2021/03/09 14:00:00", List.of(
                "I0309 14:00:00.100000 master.cpp:450] Master " + ID + " (m1) started on 10.0.19.5:5050",
                elected("I0309 14:00:01.000000"),
                disconnected("I0309 14:40:00.000000", irishAgent(1)), disconnected("I0309 14:40:02.000000", irishAgent(2)),
                reregistered("I0309 14:45:00.000000", irishAgent(1)), reregistered("I0309 14:45:01.000000", irishAgent(2))),
                more);
    }

    @Test
    void shouldCountTheRegionsMasterThatLostItsZooKeeperConnectionInTheWindow() {
        // Given: the Irish master, placed by its start-up line, loses ZooKeeper 3 s into the outage
        String irish = Analyses.log("mesos-master-3", "2021/03/09 14:00:00",
                "I0309 14:00:00.200000 master.cpp:450] Master " + ID + " (mesos-master-3) started on 172.16.0.5:5050",
                "I0309 14:40:03.000000 group.cpp:418] Lost connection to ZooKeeper, attempting to reconnect ...",
                "I0309 14:45:00.000000 group.cpp:900] ZooKeeper session expired");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, SETTINGS, osloLeader(), irish);

        // Then
        RegionOutage outage = Analyses.of(result, RegionOutage.class).get(0);
        assertThat(outage.region()).isEqualTo("ireland");
        assertThat(outage.masters()).containsExactly(new RegionOutage.MasterDown("mesos-master-3",
                Instant.parse("2021-03-09T14:40:03Z"), "zoo-keeper-connection-lost", false));
        assertThat(outage.leaderDown()).isFalse();
        assertThat(Json.mapper().<JsonNode>valueToTree(outage).get("masters").get(0).get("sign").asText())
                .isEqualTo("zoo-keeper-connection-lost");
    }

    @Test
    void shouldSayTheLeaderWasAmongTheMastersDownWhenItLostItsSession() {
        // Given: the Irish master leads (placed by its ZooKeeper group pid) and its session expires in the window;
        // its successor in Oslo logs the agents
        String irishLeader = Analyses.log("mesos-master-3", "2021/03/09 14:00:00",
                "I0309 14:00:00.200000 group.cpp:313] Group process (group(1)@172.16.0.5:5050) connected to ZooKeeper",
                elected("I0309 14:00:00.500000"),
                "I0309 14:39:58.000000 group.cpp:900] ZooKeeper session expired");
        String oslo = Analyses.log("m1", "2021/03/09 14:00:00", elected("I0309 14:40:01.000000"),
                disconnected("I0309 14:40:05.000000", irishAgent(1)), disconnected("I0309 14:40:06.000000", irishAgent(2)),
                reregistered("I0309 14:45:00.000000", irishAgent(1)), reregistered("I0309 14:45:01.000000", irishAgent(2)));

        // When
        AnalysisResult result = Analyses.ofTexts(folder, SETTINGS, irishLeader, oslo);

        // Then
        RegionOutage outage = Analyses.of(result, RegionOutage.class).get(0);
        assertThat(outage.masters()).containsExactly(new RegionOutage.MasterDown("mesos-master-3",
                Instant.parse("2021-03-09T14:39:58Z"), "zoo-keeper-session-expired", true));
        assertThat(outage.leaderDown()).isTrue();
    }

    @Test
    void shouldCountAMasterThatWentSilentInTheWindowAndLeaveOutOneThatWasQuietBefore() {
        // Given: an Irish master (its file host is its IP) logs once in the window and never again; another was
        // quiet from long before
        String silent = Analyses.log("172.16.0.5", "2021/03/09 14:00:00",
                "I0309 14:00:00.200000 master.cpp:1900] Detected a new leader: (id='1')",
                "I0309 14:40:04.000000 master.cpp:1900] Detected a new leader: (id='1')");
        String quiet = Analyses.log("172.16.0.6", "2021/03/09 14:00:00",
                "I0309 14:00:00.300000 master.cpp:1900] Detected a new leader: (id='1')");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, SETTINGS, osloLeader(), silent, quiet);

        // Then
        RegionOutage outage = Analyses.of(result, RegionOutage.class).get(0);
        assertThat(outage.masters()).containsExactly(new RegionOutage.MasterDown("172.16.0.5",
                Instant.parse("2021-03-09T14:40:04Z"), "silent", false));
    }

    @Test
    void shouldLeaveOutMastersOfOtherRegionsAndSignsOutsideTheWindow() {
        // Given: the Oslo leader loses ZooKeeper in the Irish outage; the Irish master loses it ten minutes later
        String irish = Analyses.log("mesos-master-3", "2021/03/09 14:00:00",
                "I0309 14:00:00.200000 master.cpp:450] Master " + ID + " (mesos-master-3) started on 172.16.0.5:5050",
                "I0309 14:39:00.000000 master.cpp:1900] Detected a new leader: (id='1')",
                "I0309 14:50:00.000000 group.cpp:418] Lost connection to ZooKeeper, attempting to reconnect ...");

        // When
        AnalysisResult result = Analyses.ofTexts(folder, SETTINGS,
                osloLeader("I0309 14:46:00.000000 group.cpp:418] Lost connection to ZooKeeper, attempting to reconnect"
                        + " ..."), irish);

        // Then
        RegionOutage outage = Analyses.of(result, RegionOutage.class).get(0);
        assertThat(outage.masters()).isEmpty();
        assertThat(outage.leaderDown()).isFalse();
    }
}
