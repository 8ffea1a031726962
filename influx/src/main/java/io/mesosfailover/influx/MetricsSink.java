package io.mesosfailover.influx;

import io.mesosfailover.metrics.MetricPoint;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes metric points to a database in the background: {@link #write} only queues them, batches go out from one
 * thread, failed batches are retried with exponential backoff while later points wait in a bounded buffer (the
 * oldest are dropped, counted and reported when it is full), and {@link #close} waits for what is queued. All a
 * producer needs:
 *
 * <pre>
 * try (MetricsSink sink = MetricsSink.open(target, SinkSettings.DEFAULTS, System.err::println)) {
 *     sink.write(points);
 * }
 * </pre>
 */
public interface MetricsSink extends AutoCloseable {

    /** How long {@link #close} waits for queued points by default. */
    Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Queues points; never blocks on the database.
     *
     * @throws IllegalStateException when the sink is closed
     */
    void write(List<MetricPoint> points);

    /**
     * Waits until every queued point is written (or given up), at most {@code timeout}.
     *
     * @return whether nothing is pending any more
     */
    boolean flush(Duration timeout) throws InterruptedException;

    /** @return the counts so far */
    SinkStats stats();

    /**
     * Waits for queued points ({@link #DEFAULT_CLOSE_TIMEOUT} at most), then stops; points still pending are counted
     * as dropped.
     */
    @Override
    void close();

    /**
     * Waits for queued points {@code timeout} at most (a stopping process gives little), then stops; points still
     * pending are counted as dropped.
     */
    void close(Duration timeout);

    /**
     * Opens a sink.
     *
     * @param warnings told, in words, when the buffer overflows and when points are given up
     */
    static MetricsSink open(InfluxTarget target, SinkSettings settings, Consumer<String> warnings) {
        PointWriter writer;
        if (target instanceof InfluxTarget.V2) {
            writer = new V2Writer((InfluxTarget.V2) target, settings.requestTimeout());
        } else {
            writer = new V1Writer((InfluxTarget.V1) target, settings.requestTimeout());
        }
        return new BufferedSink(writer, settings, warnings, DEFAULT_CLOSE_TIMEOUT);
    }
}
