package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Where reports and events go: a failed write is exit 1, an output that cannot be right is refused with exit 2. */
class ReportOutputTest {

    private static final String FULL_DISK = "/dev/full";

    @TempDir
    Path folder;

    private Path log;
    private String logText;

    @BeforeEach
    void writeALog() throws IOException {
        CommandRun.of("generate", "--output", folder.toString(), "--size", "50");
        log = folder.resolve("logs").resolve("mesos-master-1.INFO");
        logText = Files.readString(log);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void shouldReportAFullDiskBehindOutputWithExitCodeOne() {
        // When
        CommandRun analyze = CommandRun.of("analyze", "-o", FULL_DISK, log.toString());
        CommandRun parse = CommandRun.of("parse", "-o", FULL_DISK, log.toString());

        // Then
        for (CommandRun run : new CommandRun[] {analyze, parse}) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("mesos-failover: cannot write to /dev/full: No space left on device");
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void shouldReportAFullDiskBehindStandardOutputWithExitCodeOne() throws IOException {
        for (String command : new String[] {"analyze", "parse"}) {
            // Given
            try (FileOutputStream full = new FileOutputStream(FULL_DISK)) {
                // When
                CommandRun run = CommandRun.writingTo(StandardOutput.over(full), command, log.toString());

                // Then
                assertThat(run.exitCode()).as(command).isEqualTo(1);
                assertThat(run.err()).as(command)
                        .contains("mesos-failover: cannot write to standard output: No space left on device");
            }
        }
    }

    @Test
    void shouldRefuseToWriteOverAnInputAlsoThroughALink() throws IOException {
        // Given
        Path symbolic = Files.createSymbolicLink(folder.resolve("symbolic.log"), log);
        Path hard = Files.createLink(folder.resolve("hard.log"), log);

        // When
        CommandRun parseItself = CommandRun.of("parse", "-o", log.toString(), log.toString());
        CommandRun analyzeThroughSymbolicLink = CommandRun.of("analyze", "-o", symbolic.toString(), log.toString());
        CommandRun analyzeThroughHardLink = CommandRun.of("analyze", "--format", "csv", "-o", hard.toString(),
                folder.resolve("logs").toString());

        // Then
        for (CommandRun run : new CommandRun[] {parseItself, analyzeThroughSymbolicLink, analyzeThroughHardLink}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains(": is also an input (").contains("name another file");
            assertThat(run.out()).isEmpty();
        }
        assertThat(Files.readString(log)).isEqualTo(logText);
    }

    @Test
    void shouldRefuseAFolderOrAFileInAMissingFolderWithExitCodeTwo() {
        // When
        CommandRun intoFolder = CommandRun.of("analyze", "-o", folder.toString(), log.toString());
        CommandRun intoMissingFolder = CommandRun.of("parse", "-o", folder.resolve("gone/events.json").toString(),
                log.toString());

        // Then
        assertThat(intoFolder.exitCode()).isEqualTo(2);
        assertThat(intoFolder.err()).contains("-o " + folder + ": is a folder; name a file to write");
        assertThat(intoMissingFolder.exitCode()).isEqualTo(2);
        assertThat(intoMissingFolder.err()).contains("the folder " + folder.resolve("gone") + " does not exist");
        assertThat(Files.exists(folder.resolve("gone"))).isFalse();
    }

    @Test
    void shouldStillWriteANewFileBesideTheInputs() throws IOException {
        // When
        CommandRun run = CommandRun.of("parse", "-o", folder.resolve("logs/events.json").toString(),
                folder.resolve("logs").toString());

        // Then
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(folder.resolve("logs/events.json"))).contains("\"type\":\"master-started\"");
    }
}
