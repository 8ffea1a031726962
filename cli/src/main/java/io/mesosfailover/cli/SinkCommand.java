package io.mesosfailover.cli;

import io.mesosfailover.influx.InfluxTarget;
import io.mesosfailover.influx.MetricsSink;
import io.mesosfailover.influx.SinkSettings;
import io.mesosfailover.influx.SinkStats;
import io.mesosfailover.sink.LiveSink;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.kafka.common.errors.InterruptException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sink}: consumes {@code mesos.metrics} and writes the points to InfluxDB ({@link LiveSink}); this command
 * only reads the options, stops on SIGTERM and reports.
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Write the metric points of mesos.metrics to InfluxDB (v2 API, or v1 /write with"
            + " --influx-v1)."})
final class SinkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private InfluxOptions influxOptions;

    @Option(names = "--group-id", paramLabel = "ID", defaultValue = "mesos-failover-sink",
            description = "Kafka consumer group (default: ${DEFAULT-VALUE}).")
    private String groupId;

    @Option(names = "--exit-when-idle", paramLabel = "SECONDS",
            description = "Stop when no point came for this long (for back-filling; default: run until stopped).")
    private Long exitWhenIdleSeconds;

    @Override
    public Integer call() {
        InfluxTarget target = influxOptions.target();
        if (target == null) {
            throw new UserInputException("--influx-url is required");
        }
        PrintWriter err = spec.commandLine().getErr();
        Properties config = kafka.toProperties();
        StopSignal stop = StopSignal.install("sink-shutdown");
        try {
            kafka.requireBroker(config);
            return run(config, target, stop, err);
        } catch (InterruptException e) {
            if (!stop.requested()) {
                throw e;
            }
            err.println("sink: stopped while waiting for Kafka; the offsets committed stay");
            err.flush();
            return 0;
        } finally {
            stop.finished();
            if (!stop.requested()) {
                stop.remove();
            }
        }
    }

    /** @return 0 when every point taken from the topic was written, 1 when some were given up or left pending */
    private int run(Properties config, InfluxTarget target, StopSignal stop, PrintWriter err) {
        Consumer<String> log = message -> {
            err.println("sink: " + TerminalText.escape(message));
            err.flush();
        };
        LiveSink live = new LiveSink(config, groupId,
                exitWhenIdleSeconds == null ? null : Duration.ofSeconds(exitWhenIdleSeconds), log);
        SinkStats stats = live.run(MetricsSink.open(target, SinkSettings.DEFAULTS, log), target.describe(),
                stop::requested);
        log.accept("stopped; " + stats.summary());
        return stats.dropped() == 0 && stats.pending() == 0 ? 0 : 1;
    }
}
