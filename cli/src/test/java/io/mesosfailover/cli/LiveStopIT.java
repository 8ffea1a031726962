package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.kafka.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} (following a file) and {@code sink} (with the database down), each in a process of its own, on a
 * real broker that is then killed: SIGTERM ends them within a few seconds, not after the clients' one-minute waits.
 */
class LiveStopIT {

    private static final long STOP_MILLIS = 5_000;

    @TempDir
    Path folder;

    @Test
    void shouldStopWithinAFewSecondsWhenTheBrokerWentAway() throws Exception {
        // Given
        Path log = Files.writeString(folder.resolve("mesos-master.INFO"), "Log file created at: 2021/03/09 14:00:00\n"
                + "Running on machine: mesos-master-1\n");
        CommandProcess ingest;
        CommandProcess sink;
        try (KafkaBroker broker = KafkaBroker.start(folder.resolve("broker"))) {
            ingest = CommandProcess.start(folder, List.of(), "ingest", "-b", broker.bootstrapServers(),
                    "--from-beginning", log.toString());
            sink = CommandProcess.start(folder, List.of(), "sink", "-b", broker.bootstrapServers(), "--influx-url",
                    "http://127.0.0.1:9", "--influx-v1", "--influx-db", "mesos");
            awaitLine(ingest, "ingest: following 1 file(s)");
            awaitLine(sink, "sink: mesos.metrics -> ");
            Thread.sleep(5_000);

            // When
            broker.kill();
        }
        Files.writeString(log, "I0309 14:00:01.000000  5669 master.cpp:1] Elected as the leading master!\n",
                StandardOpenOption.APPEND);
        Thread.sleep(3_000);
        ingest.terminate(120);
        sink.terminate(120);

        // Then
        assertThat(ingest.stoppedAfterMillis()).as(ingest.err()).isBetween(0L, STOP_MILLIS);
        assertThat(sink.stoppedAfterMillis()).as(sink.err()).isBetween(0L, STOP_MILLIS);
    }

    private static void awaitLine(CommandProcess command, String line) throws Exception {
        for (int i = 0; i < 240 && !command.err().contains(line); i++) {
            Thread.sleep(250);
        }
        assertThat(command.err()).contains(line);
    }
}
