package io.mesosfailover.cli;

import io.mesosfailover.ingest.IngestSettings;
import io.mesosfailover.ingest.Ingestor;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.common.errors.InterruptException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ingest}: follows master log files like {@code tail -F} (or sends archived files at full speed) to
 * {@code mesos.log.lines}, keeping its position in Kafka, in the same transaction as the lines.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Send Mesos master log files to Kafka (mesos.log.lines): follow them like tail -F through"
            + " rotation and truncation, or send archives with --archive; resumes where it stopped."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KafkaOptions kafka;

    @Option(names = "--cluster", paramLabel = "NAME", defaultValue = "default",
            description = "Cluster the masters belong to (default: ${DEFAULT-VALUE}).")
    private String cluster;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Master host for files without a 'Running on machine:' header (default: this machine).")
    private String host;

    @Option(names = "--ingest-id", paramLabel = "ID",
            description = "Identity of this ingest process: its positions and its Kafka transactional id"
                + " (default: the host).")
    private String ingestId;

    @Option(names = "--from-beginning", description = "Read files met for the first time from their first line"
            + " (default: from their end).")
    private boolean fromBeginning;

    @Option(names = "--archive", description = "Send the files to their end at full speed, then stop.")
    private boolean archive;

    @Option(names = "--year", paramLabel = "YYYY", defaultValue = "0",
            description = "Year of files without a 'Log file created at:' header (default: the current year).")
    private int year;

    @Option(names = "--poll-interval", paramLabel = "MILLIS", defaultValue = "100",
            description = "How often files are checked for new lines (default: ${DEFAULT-VALUE}).")
    private long pollMillis;

    @Option(names = "--quiet-flush", paramLabel = "MILLIS", defaultValue = "200",
            description = "Send a file's last entry when it has been quiet this long (default: ${DEFAULT-VALUE}).")
    private long quietMillis;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Log files to follow or send.")
    private List<Path> files;

    @Override
    public Integer call() {
        if (pollMillis <= 0 || quietMillis < 0) {
            throw new UserInputException("--poll-interval must be > 0 and --quiet-flush >= 0");
        }
        if (archive) {
            List<Path> missing = new ArrayList<>();
            files.stream().filter(file -> !Files.isRegularFile(file)).forEach(missing::add);
            if (!missing.isEmpty()) {
                throw new UserInputException("no such file: " + missing);
            }
        }
        IngestSettings settings = settings();
        PrintWriter err = spec.commandLine().getErr();
        StopSignal stop = StopSignal.install("ingest-shutdown");
        try {
            kafka.requireBroker(settings.kafka());
            err.println("ingest: " + (archive ? "sending " : "following ") + files.size() + " file(s) to "
                    + kafka.bootstrapServers);
            err.flush();
            long sent = Ingestor.runUntilStopped(settings, stop::requested, problem -> {
                err.println("ingest: " + TerminalText.escape(problem));
                err.flush();
            });
            err.println("ingest: " + sent + " entries sent");
            err.flush();
        } catch (InterruptException e) {
            if (!stop.requested()) {
                throw e;
            }
            err.println("ingest: stopped while waiting for Kafka; what was committed stays");
            err.flush();
        } finally {
            stop.finished();
        }
        if (archive && !stop.requested()) {
            stop.remove();
        }
        return 0;
    }

    private IngestSettings settings() {
        String masterHost = host != null ? host : localHost();
        return new IngestSettings(files, cluster, masterHost, ingestId != null ? ingestId : masterHost, fromBeginning,
                archive, year, Duration.ofMillis(pollMillis), Duration.ofMillis(quietMillis), kafka.toProperties());
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
