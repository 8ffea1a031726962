package io.mesosfailover.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: the command line in a process of its own, as a user starts it (its own JVM, signals, stderr as the
 * clients' loggers write it); stdout is discarded, stderr kept in a file.
 */
final class CommandProcess {

    private final Process process;
    private final Path stderr;
    private long stoppedAfterMillis = -1;

    private CommandProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    /**
     * Starts {@code java -cp <this test's class path> MesosFailoverCommand arguments...}, after {@code prefix} (such
     * as a command that drops privileges).
     */
    static CommandProcess start(Path folder, List<String> prefix, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), MesosFailoverCommand.class.getName()));
        command.addAll(List.of(arguments));
        Path stderr = Files.createTempFile(folder, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        return new CommandProcess(process, stderr);
    }

    /** Sends SIGTERM and waits up to {@code seconds}; {@link #stoppedAfterMillis} tells how long it took. */
    CommandProcess terminate(long seconds) throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (process.waitFor(seconds, TimeUnit.SECONDS)) {
            stoppedAfterMillis = (System.nanoTime() - started) / 1_000_000;
        } else {
            process.destroyForcibly().waitFor();
        }
        return this;
    }

    /** @return the exit code, once the process ended within {@code seconds}; -1 (and killed) when it did not */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }

    /** @return how long the process took to end after SIGTERM, -1 when it had to be killed */
    long stoppedAfterMillis() {
        return stoppedAfterMillis;
    }

    /** @return what it wrote on stderr so far */
    String err() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }
}
