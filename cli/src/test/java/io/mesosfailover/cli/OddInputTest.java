package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a user can name by mistake or on purpose: clear words and exit code 2, or read as they should be. */
class OddInputTest {

    @TempDir
    Path folder;

    private Path logs;

    @BeforeEach
    void generateLogs() {
        CommandRun.of("generate", "--output", folder.toString(), "--size", "50");
        logs = folder.resolve("logs");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void shouldReadANamedPipeAsAStream() throws Exception {
        // Given
        Path pipe = folder.resolve("master.pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        byte[] log = Files.readAllBytes(logs.resolve("mesos-master-1.INFO"));
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write(log);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();

        // When
        CommandRun run = CommandRun.of("parse", pipe.toString());

        // Then
        writer.join(10_000);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().split("\n").length).isEqualTo(CommandRun.of("parse",
                logs.resolve("mesos-master-1.INFO").toString()).out().split("\n").length);
    }

    @Test
    void shouldRefuseAGzipFileOfOnlyTheMagicBytes() throws IOException {
        // Given
        Path gz = Files.write(folder.resolve("empty.log.gz"), new byte[] {0x1f, (byte) 0x8b});

        // When
        CommandRun parse = CommandRun.of("parse", gz.toString());
        CommandRun analyze = CommandRun.of("analyze", gz.toString());

        // Then
        for (CommandRun run : new CommandRun[] {parse, analyze}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains(gz + ": cannot be read: the gzip file ends inside its header")
                    .doesNotContain("null");
        }
    }

    @Test
    void shouldRefuseAMalformedGlobAndExpandBracesAsShellsDo() {
        // When
        CommandRun malformed = CommandRun.of("parse", logs + "/mesos-master-[1.INFO");
        CommandRun braces = CommandRun.of("analyze", "--format", "json", logs + "/mesos-master-{1,3}.INFO");

        // Then
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains(logs + "/mesos-master-[1.INFO: not a valid pattern:");
        assertThat(braces.exitCode()).as(braces.err()).isZero();
        assertThat(braces.out()).contains("mesos-master-1.INFO", "mesos-master-3.INFO")
                .doesNotContain("mesos-master-2.INFO");
    }

    @Test
    void shouldSayNoLogFilesFoundForAnEmptyFolder() throws IOException {
        // Given
        Path empty = Files.createDirectories(folder.resolve("empty"));

        // When
        CommandRun run = CommandRun.of("analyze", empty.toString());

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(empty + ": no log files found");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldRefuseStandardInputNamedTwice() {
        // When
        CommandRun run = CommandRun.of("parse", "-", "-");

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("- (standard input) is named more than once");
    }

    @Test
    void shouldRefuseARegionWindowThatWouldOverflow() {
        // When
        CommandRun run = CommandRun.of("analyze", "--region-window", Long.toString(Long.MAX_VALUE), logs.toString());

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--region-window must be between 0 and 31622400 seconds");
    }

    @Test
    void shouldRefuseARegionFileThatNamesARegionTwice() throws IOException {
        // Given
        Path regions = Files.writeString(folder.resolve("twice.yaml"),
                "regions:\n  ireland: [172.16.231.0/24]\n  oslo: [10.0.19.0/24]\n  ireland: [10.0.20.0/24]\n");

        // When
        CommandRun run = CommandRun.of("analyze", "--regions", regions.toString(), logs.toString());

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--regions: " + regions + " line 4: 'ireland' is given twice");
    }

    /**
     * A folder without search permission, in a process of its own: as root, without the capabilities that let root
     * read any folder (as the tests run in CI), else as the user.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void shouldRefuseAFolderThatCannotBeSearched() throws Exception {
        // Given
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.copy(logs.resolve("mesos-master-1.INFO"), locked.resolve("mesos-master-1.INFO"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        List<String> withoutRootsReadAll = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            assumeThat(new File("/usr/bin/setpriv")).as("setpriv drops root's capabilities").exists();
            withoutRootsReadAll = List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search");
        }

        // When
        CommandProcess parse = CommandProcess.start(folder, withoutRootsReadAll, "parse", locked.toString());
        int exitCode = parse.waitFor(60);

        // Then
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        assertThat(parse.err()).contains(locked + ": cannot list the folder: permission denied");
        assertThat(exitCode).isEqualTo(2);
    }
}
