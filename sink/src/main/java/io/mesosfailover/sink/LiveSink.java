package io.mesosfailover.sink;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.influx.MetricsSink;
import io.mesosfailover.influx.SinkStats;
import io.mesosfailover.json.Json;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Consumes {@link Topics#METRICS} and writes the points to a {@link MetricsSink}. Offsets are committed only after
 * the database took the points, so a crash writes some points again, never loses one; points are idempotent (same
 * measurement, tags and time), so writing one twice leaves one. A record that is no point is reported and counted.
 */
public final class LiveSink {

    /** How long a stopping sink waits for the database and the group coordinator. */
    static final Duration STOPPING_CLOSE = Duration.ofSeconds(1);

    private final Properties kafka;
    private final String groupId;
    private final Duration exitWhenIdle;
    private final java.util.function.Consumer<String> log;
    private long rejected;

    /**
     * @param kafka consumer settings (bootstrap servers, TLS, SASL, ...)
     * @param groupId the consumer group
     * @param exitWhenIdle stop when no point came for this long, {@code null} to run until stopped
     * @param log told what the sink does and what it rejects (plain text: the caller escapes it for a terminal)
     */
    public LiveSink(Properties kafka, String groupId, Duration exitWhenIdle, java.util.function.Consumer<String> log) {
        this.kafka = requireNonNull(kafka, "kafka is null");
        this.groupId = requireNonNull(groupId, "groupId is null");
        this.exitWhenIdle = exitWhenIdle;
        this.log = requireNonNull(log, "log is null");
    }

    /**
     * Moves points from the topic to {@code sink} until {@code stop} says so (or the topic stayed idle), then closes
     * the sink and the consumer.
     *
     * @param description how to name the database in the first message
     * @return the sink's figures at the end
     */
    public SinkStats run(MetricsSink sink, String description, BooleanSupplier stop) {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, String> consumer;
        try {
            consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        } catch (RuntimeException e) {
            sink.close(STOPPING_CLOSE);
            throw e;
        }
        return run(consumer, sink, description, stop);
    }

    /** {@link #run(MetricsSink, String, BooleanSupplier)} with the consumer given; it is closed at the end. */
    SinkStats run(Consumer<String, String> consumer, MetricsSink sink, String description, BooleanSupplier stop) {
        try {
            consumer.subscribe(List.of(Topics.METRICS.name()));
            log.accept(Topics.METRICS.name() + " -> " + description);
            pump(consumer, sink, stop);
        } finally {
            // Offsets are committed only for written points: on a stop, what is not written is read again later.
            Duration patience = stop.getAsBoolean() ? STOPPING_CLOSE : MetricsSink.DEFAULT_CLOSE_TIMEOUT;
            sink.close(patience);
            try {
                consumer.close(CloseOptions.timeout(patience));
            } catch (InterruptException e) {
                // stopping: the group coordinator will notice the consumer is gone
            }
        }
        return sink.stats();
    }

    /** @return the records that were no point, so far */
    public long rejected() {
        return rejected;
    }

    private void pump(Consumer<String, String> consumer, MetricsSink sink, BooleanSupplier stop) {
        long lastRecordNanos = System.nanoTime();
        try {
            while (!stop.getAsBoolean() && !idleTooLong(lastRecordNanos)) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                List<MetricPoint> points = read(records);
                if (!points.isEmpty()) {
                    sink.write(points);
                    while (!sink.flush(Duration.ofSeconds(5)) && !stop.getAsBoolean()) {
                        log.accept("waiting for the database; " + sink.stats().summary());
                    }
                }
                if (!records.isEmpty() && !stop.getAsBoolean()) {
                    consumer.commitSync();
                    lastRecordNanos = System.nanoTime();
                }
            }
        } catch (WakeupException | InterruptException e) {
            if (!stop.getAsBoolean()) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<MetricPoint> read(ConsumerRecords<String, String> records) {
        List<MetricPoint> points = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                points.add(Json.read(record.value(), MetricPoint.class));
            } catch (RuntimeException e) {
                rejected++;
                log.accept("rejected record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                        + ": " + e.getMessage() + " (" + rejected + " so far)");
            }
        }
        return points;
    }

    private boolean idleTooLong(long lastRecordNanos) {
        return exitWhenIdle != null && System.nanoTime() - lastRecordNanos >= exitWhenIdle.toNanos();
    }
}
