package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The live commands refuse bad input with exit code 2 and a clear message, before connecting to anything. */
class LiveCommandsTest {

    @TempDir
    static Path folder;

    @Test
    void shouldListTheLiveCommandsInTheHelp() {
        // When
        CommandRun run = CommandRun.of("--help");

        // Then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ingest", "stream", "sink");
    }

    /** @return what a user can get wrong, the command line that does it, and the words the refusal must say */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("a missing Kafka config file",
                        List.of("stream", "--kafka-config", folder.resolve("absent.properties").toString()),
                        List.of("--kafka-config: no such file")),
                Arguments.of("a negative lateness", List.of("stream", "--lateness", "-5"),
                        List.of("--lateness must be >= 0")),
                Arguments.of("archives to send that do not exist",
                        List.of("ingest", "--archive", folder.resolve("gone.log").toString()),
                        List.of("no such file", "gone.log")),
                Arguments.of("a sink without a database", List.of("sink"), List.of("--influx-url is required")));
    }

    @ParameterizedTest(name = "should refuse {0}")
    @MethodSource("badInputs")
    void shouldRefuseBadInput(String mistake, List<String> arguments, List<String> words) {
        // When
        CommandRun run = CommandRun.of(arguments.toArray(String[]::new));

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(words);
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
