package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live commands refuse bad input with exit code 2 and a clear message, before connecting to anything. */
class LiveCommandsTest {

    @TempDir
    Path folder;

    @Test
    void shouldListTheLiveCommandsInTheHelp() {
        // When
        CommandRun run = CommandRun.of("--help");

        // Then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ingest", "stream", "sink");
    }

    @Test
    void shouldRefuseAMissingKafkaConfigFile() {
        // When
        CommandRun run = CommandRun.of("stream", "--kafka-config", folder.resolve("absent.properties").toString());

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--kafka-config: no such file");
    }

    @Test
    void shouldRefuseANegativeLateness() {
        // When
        CommandRun run = CommandRun.of("stream", "--lateness", "-5");

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lateness must be >= 0");
    }

    @Test
    void shouldRefuseToSendArchivesThatDoNotExist() {
        // When
        CommandRun run = CommandRun.of("ingest", "--archive", folder.resolve("gone.log").toString());

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file").contains("gone.log");
    }

    @Test
    void shouldRefuseASinkWithoutADatabase() {
        // When
        CommandRun run = CommandRun.of("sink");

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--influx-url is required");
    }

    @Test
    void shouldRefuseAKafkaConfigThatIsNoPropertiesFile() throws IOException {
        // Given
        Path config = Files.writeString(folder.resolve("bad.properties"), "key=\\u12");

        // When
        CommandRun run = CommandRun.of("ingest", "--kafka-config", config.toString(), "x.log");

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--kafka-config:");
    }
}
