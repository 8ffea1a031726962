package io.mesosfailover.cli;

import io.mesosfailover.ingest.TopicSetup;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.streams.FailoverTopology;
import io.mesosfailover.streams.StreamSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stream}: the Kafka Streams application. Reads {@code mesos.log.lines}, writes {@code mesos.events},
 * {@code mesos.log.unparsed}, {@code mesos.incidents} and {@code mesos.metrics}, exactly once. Stops cleanly on
 * SIGTERM or Ctrl-C. Start more instances with the same {@code --application-id} to share the work.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Run the Kafka Streams application: log lines -> events -> failover incidents and metrics,"
            + " exactly once; the same timeline logic as analyze."})
final class StreamCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private TimelineOptions timelineOptions;

    @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Zone of the masters' clocks (default: ${DEFAULT-VALUE}).")
    private String timezone;

    @Option(names = "--application-id", paramLabel = "ID", defaultValue = "mesos-failover",
            description = "Kafka Streams application id; instances with the same id share the work"
                + " (default: ${DEFAULT-VALUE}).")
    private String applicationId;

    @Option(names = "--lateness", paramLabel = "MILLIS", defaultValue = "1000",
            description = "How long (event time) an event waits for older events of other masters"
                + " (default: ${DEFAULT-VALUE}).")
    private long latenessMillis;

    @Option(names = "--idle-release", paramLabel = "MILLIS", defaultValue = "500",
            description = "Release waiting events when no event came for this long, wall-clock"
                + " (default: ${DEFAULT-VALUE}).")
    private long idleReleaseMillis;

    @Option(names = "--publish-named",
            description = "Also put the lines of templates the timelines do not use (offers, allocation rounds, HTTP"
                + " requests, ...) on mesos.events, as known-template events (default: only typed events; the raw"
                + " lines stay on mesos.log.lines).")
    private boolean publishNamed;

    @Option(names = "--publish-unrecognized",
            description = "Also put unrecognized lines on mesos.events as events (default: only typed events; the raw"
                + " lines stay on mesos.log.lines).")
    private boolean publishUnrecognized;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Local state folder (default:"
            + " ~/.mesos-failover/streams, unless --kafka-config sets state.dir; the state can always be restored from"
            + " its changelog topic).")
    private Path stateDir;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "4",
            description = "Partitions of the topics this creates when they are missing (default: ${DEFAULT-VALUE}).")
    private int partitions;

    @Override
    public Integer call() throws InterruptedException {
        if (latenessMillis < 0 || idleReleaseMillis <= 0 || partitions < 1) {
            throw new UserInputException("--lateness must be >= 0, --idle-release and --partitions > 0");
        }
        StreamSettings settings = new StreamSettings(parserSettings(), timelineOptions.toSettings(),
                Duration.ofMillis(latenessMillis), Duration.ofMillis(idleReleaseMillis))
                .withNamedPublished(publishNamed).withUnrecognizedPublished(publishUnrecognized);
        Properties clients = kafka.toProperties();
        kafka.requireBroker(clients);
        TopicSetup.ensure(clients, partitions);
        Properties overrides = new Properties();
        overrides.putAll(clients);
        if (stateDir != null) {
            overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        } else {
            // not Kafka's default under the OS temp folder, which may be cleared under a running application
            overrides.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG, Path.of(System.getProperty("user.home"),
                    ".mesos-failover", "streams").toString());
        }
        Properties config = FailoverTopology.config(applicationId, kafka.bootstrapServers, overrides);
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger exitCode = new AtomicInteger(0);
        CountDownLatch stopped = new CountDownLatch(1);
        KafkaStreams streams = new KafkaStreams(FailoverTopology.build(settings), config);
        streams.setUncaughtExceptionHandler(error -> {
            err.println("stream: stopping on an error: " + TerminalText.escape(String.valueOf(error)));
            err.flush();
            exitCode.set(1);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        Thread hook = new Thread(() -> {
            boolean closed = streams.close(Duration.ofSeconds(60));
            err.println(closed ? "stream: stopped cleanly; the last commit holds every result"
                    : "stream: did not stop within 60 s; uncommitted work will be done again at the next start");
            err.flush();
            stopped.countDown();
        }, "stream-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        streams.start();
        err.println("stream: running as " + applicationId + " on " + kafka.bootstrapServers);
        err.flush();
        stopped.await();
        streams.close(Duration.ofSeconds(60));
        return exitCode.get();
    }

    private ParserSettings parserSettings() {
        try {
            return ParserSettings.defaults().withZone(ZoneId.of(timezone));
        } catch (DateTimeException e) {
            throw new UserInputException("--timezone: unknown zone '" + timezone + "'", e);
        }
    }
}
