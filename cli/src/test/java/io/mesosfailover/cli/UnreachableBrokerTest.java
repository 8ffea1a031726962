package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live commands with no broker at their address, each in a process of its own: SIGTERM ends them within a few
 * seconds, and without it they say once, clearly, that no broker answered, and exit with code 1.
 */
class UnreachableBrokerTest {

    /** The longest stop after SIGTERM accepted: "within a few seconds". */
    private static final long STOP_MILLIS = 5_000;

    @TempDir
    Path folder;

    private String broker;
    private String log;

    @BeforeEach
    void findAnAddressWhereNoBrokerListens() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            broker = "127.0.0.1:" + socket.getLocalPort();
        }
        log = Files.writeString(folder.resolve("mesos-master.INFO"), "Log file created at: 2021/03/09 14:00:00\n")
                .toString();
    }

    @Test
    void shouldStopIngestAndSinkWithinAFewSecondsOnSigterm() throws Exception {
        // Given
        CommandProcess ingest = CommandProcess.start(folder, List.of(), "ingest", "-b", broker, log);
        CommandProcess sink = CommandProcess.start(folder, List.of(), "sink", "-b", broker, "--influx-url",
                "http://127.0.0.1:9", "--influx-v1", "--influx-db", "mesos");
        Thread.sleep(4_000);

        // When
        ingest.terminate(60);
        sink.terminate(60);

        // Then
        assertThat(ingest.stoppedAfterMillis()).as(ingest.err()).isBetween(0L, STOP_MILLIS);
        assertThat(sink.stoppedAfterMillis()).as(sink.err()).isBetween(0L, STOP_MILLIS);
    }

    /** The sink as the issue met it (it exited 0 with "0 points written"), so with the default wait of 30 s. */
    @Test
    void shouldSayOnceThatNoBrokerAnsweredAndExitWithCodeOne() throws Exception {
        // When
        CommandProcess sink = CommandProcess.start(folder, List.of(), "sink", "-b", broker, "--exit-when-idle", "1",
                "--influx-url", "http://127.0.0.1:9", "--influx-v1", "--influx-db", "mesos");
        CommandProcess ingest = CommandProcess.start(folder, List.of(), "ingest", "-b", broker, "--broker-timeout",
                "3", "--archive", log);
        CommandProcess stream = CommandProcess.start(folder, List.of(), "stream", "-b", broker, "--broker-timeout",
                "3", "--state-dir", folder.resolve("state").toString());

        // Then
        for (CommandProcess command : List.of(sink, ingest, stream)) {
            assertThat(command.waitFor(90)).as(command.err()).isEqualTo(1);
            String err = command.err();
            assertThat(Pattern.compile("no Kafka broker answered at " + Pattern.quote(broker) + " within (3|30) s")
                    .matcher(err).results().count()).as(err).isEqualTo(1);
            assertThat(err).as(err).doesNotContain("WARN").doesNotContain("points written");
        }
    }
}
