package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.KnownTemplate;
import io.mesosfailover.event.LearnedNoticeReceived;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.ProcessExited;
import io.mesosfailover.event.ZooKeeperConnected;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Lines of the kinds the grammar once missed in the real logs (see {@code real/SOURCES.md}), each read into the event
 * it means, with its values: pids without a process name, empty resources and allocations, the credentials file,
 * glog's signal line and 1.0's HTTP authenticator EXIT text.
 */
class RealLineGapsTest {

    private static final Instant MODIFIED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void shouldReadPidsWithoutAProcessName() {
        // When
        List<MesosEvent> events = parse(
                "I0512 11:30:01.573554 29937 replica.cpp:691] Replica received learned notice for position 675 from"
                        + " @0.0.0.0:0",
                "I0524 04:53:42.363379    53 replica.cpp:537] Replica received learned notice for position 3 from"
                        + " (125)@10.42.179.20:5050",
                "I0420 10:44:36.188181 221208576 group.cpp:310] Group process ((3)@192.168.33.1:5050) connected to"
                        + " ZooKeeper");

        // Then
        assertThat(events.get(0)).isInstanceOfSatisfying(LearnedNoticeReceived.class,
                notice -> assertThat(notice.sender()).isEqualTo("@0.0.0.0:0"));
        assertThat(events.get(1)).isInstanceOfSatisfying(LearnedNoticeReceived.class,
                notice -> assertThat(notice.sender()).isEqualTo("(125)@10.42.179.20:5050"));
        assertThat(events.get(2)).isInstanceOfSatisfying(ZooKeeperConnected.class,
                connected -> assertThat(connected.group()).isEqualTo("(3)@192.168.33.1:5050"));
    }

    @Test
    void shouldReadEmptyResourcesAndAllocations() {
        // When
        List<MesosEvent> events = parse(
                "I0830 17:04:47.795092 49983 master.cpp:6928] Removing executor 'executor' with resources  of"
                        + " framework 92e106c4-9b5c-4c51-8bd0-4c7b1ed2d7b6-0000 on agent"
                        + " 92e106c4-9b5c-4c51-8bd0-4c7b1ed2d7b6-S0 at slave(1)@10.0.0.1:5051 (host)",
                "I1027 20:23:45.966313 30147 hierarchical.hpp:1103] Recovered cpus(*):1; mem(*):244 (total:"
                        + " cpus(*):1; mem(*):244, allocated: ) on slave df5d0974-S1 from framework df5d0974-0390");

        // Then
        assertThat(events).allSatisfy(event -> assertThat(event).isInstanceOf(KnownTemplate.class));
        KnownTemplate executor = (KnownTemplate) events.get(0);
        assertThat(executor.template()).isEqualTo("removing-executor-resources-framework-agent");
        assertThat(executor.fields()).containsEntry("executorId", "executor").doesNotContainKey("resources");
        KnownTemplate recovered = (KnownTemplate) events.get(1);
        assertThat(recovered.fields().values()).contains("cpus(*):1; mem(*):244");
        assertThat(recovered.fields().keySet()).noneMatch(key -> key.toLowerCase(Locale.ROOT).contains("allocated"));
    }

    @Test
    void shouldReadTheCredentialsFileAndTheSignalLines() {
        // When
        List<MesosEvent> events = parse(
                "I0707 14:29:13.918984  1804 credentials.hpp:37] Loading credentials for authentication from"
                        + " '/home/jsteiner/mesosCredentials.cred'",
                "W0707 14:29:13.921844  1804 credentials.hpp:52] Permissions on credentials file"
                        + " '/home/jsteiner/mesosCredentials.cred' are too open. It is recommended that your credentials"
                        + " file is NOT accessible by others.",
                "W0707 15:19:41.649745  1796 logging.cpp:81] RAW: Received signal SIGTERM from process 1 of user 0;"
                        + " exiting");

        // Then
        assertThat(events).extracting(event -> ((KnownTemplate) event).template()).containsExactly(
                "loading-credentials", "credentials-file-permissions-too-open", "received-signal-sigterm");
        assertThat(((KnownTemplate) events.get(0)).fields()).containsEntry("path",
                "/home/jsteiner/mesosCredentials.cred");
        assertThat(((KnownTemplate) events.get(2)).fields()).containsEntry("pid", "1").containsEntry("uid", "0");
    }

    @Test
    void shouldReadTheHttpAuthenticatorExitTextOfRelease1() {
        // When
        List<MesosEvent> events = parse(
                "I0912 16:41:49.517531  2484 authenticator.cpp:519] Initializing server SASL",
                "No credentials provided for the default 'basic' HTTP authenticator for realm 'mesos-master-readonly'");

        // Then
        assertThat(events.get(1)).isInstanceOfSatisfying(ProcessExited.class, exited -> assertThat(exited.detail())
                .isEqualTo("No credentials provided for the default 'basic' HTTP authenticator for realm"
                        + " 'mesos-master-readonly'"));
    }

    private static List<MesosEvent> parse(String... lines) {
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "x.log", MODIFIED,
                List.of(lines));
        assertThat(result.stats().malformed()).isZero();
        assertThat(result.stats().unrecognized()).isZero();
        assertThat(result.events()).hasSize(lines.length);
        return result.events();
    }
}
