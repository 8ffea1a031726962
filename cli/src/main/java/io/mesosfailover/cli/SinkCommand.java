package io.mesosfailover.cli;

import io.mesosfailover.influx.InfluxTarget;
import io.mesosfailover.influx.MetricsSink;
import io.mesosfailover.influx.SinkSettings;
import io.mesosfailover.influx.SinkStats;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.metrics.MetricPointJson;
import io.mesosfailover.topics.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sink}: consumes {@code mesos.metrics} and writes the points to InfluxDB. Offsets are committed only after
 * the database took the points, so a crash writes some points again, never loses one; points are idempotent (same
 * measurement, tags and time), so writing one twice leaves one.
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

    /** How long a stopping sink waits for the database and the group coordinator. */
    private static final Duration STOPPING_CLOSE = Duration.ofSeconds(1);

    private long rejected;

    @Override
    public Integer call() {
        InfluxTarget target = influxOptions.target();
        if (target == null) {
            throw new UserInputException("--influx-url is required");
        }
        PrintWriter err = spec.commandLine().getErr();
        Properties config = kafka.toProperties();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> StopSignal.stop(stop, main, finished), "sink-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            kafka.requireBroker(config);
            return run(config, target, stop, err);
        } catch (InterruptException e) {
            if (!stop.get()) {
                throw e;
            }
            err.println("sink: stopped while waiting for Kafka; the offsets committed stay");
            err.flush();
            return 0;
        } finally {
            finished.countDown();
            if (!stop.get()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    /** @return 0 when every point taken from the topic was written, 1 when some were given up or left pending */
    private int run(Properties config, InfluxTarget target, AtomicBoolean stop, PrintWriter err) {
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer());
        MetricsSink sink = MetricsSink.open(target, SinkSettings.DEFAULTS, warning -> {
            err.println("sink: " + TerminalText.escape(warning));
            err.flush();
        });
        try {
            consumer.subscribe(List.of(Topics.METRICS));
            err.println("sink: " + Topics.METRICS + " -> " + target.describe());
            err.flush();
            pump(consumer, sink, stop, err);
        } finally {
            // Offsets are committed only for written points: on a stop, what is not written is read again later.
            Duration patience = stop.get() ? STOPPING_CLOSE : MetricsSink.DEFAULT_CLOSE_TIMEOUT;
            sink.close(patience);
            try {
                consumer.close(CloseOptions.timeout(patience));
            } catch (InterruptException e) {
                // stopping: the group coordinator will notice the consumer is gone
            }
        }
        SinkStats stats = sink.stats();
        err.println("sink: stopped; " + TerminalText.escape(stats.summary()));
        err.flush();
        return stats.dropped() == 0 && stats.pending() == 0 ? 0 : 1;
    }

    /** Moves points from the topic to the database until stopped; offsets are committed once the points are written. */
    private void pump(KafkaConsumer<String, String> consumer, MetricsSink sink, AtomicBoolean stop, PrintWriter err) {
        long lastRecordNanos = System.nanoTime();
        try {
            while (!stop.get() && !idleTooLong(lastRecordNanos)) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                List<MetricPoint> points = read(records, err);
                if (!points.isEmpty()) {
                    sink.write(points);
                    while (!sink.flush(Duration.ofSeconds(5)) && !stop.get()) {
                        err.println("sink: waiting for the database; " + TerminalText.escape(sink.stats().summary()));
                        err.flush();
                    }
                }
                if (!records.isEmpty() && !stop.get()) {
                    consumer.commitSync();
                    lastRecordNanos = System.nanoTime();
                }
            }
        } catch (WakeupException | InterruptException e) {
            if (!stop.get()) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the points of the records; a record that is no point is reported and counted */
    private List<MetricPoint> read(ConsumerRecords<String, String> records, PrintWriter err) {
        List<MetricPoint> points = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                points.add(MetricPointJson.read(record.value()));
            } catch (RuntimeException e) {
                rejected++;
                err.println("sink: rejected record " + record.topic() + "-" + record.partition() + "@"
                        + record.offset() + ": " + TerminalText.escape(e.getMessage()) + " (" + rejected + " so far)");
                err.flush();
            }
        }
        return points;
    }

    private boolean idleTooLong(long lastRecordNanos) {
        return exitWhenIdleSeconds != null
                && System.nanoTime() - lastRecordNanos >= TimeUnit.SECONDS.toNanos(exitWhenIdleSeconds);
    }
}
