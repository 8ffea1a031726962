package io.mesosfailover.influx;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How a {@link MetricsSink} batches, retries and buffers.
 *
 * @param batchSize points per write request
 * @param bufferCapacity points waiting to be written, at most; beyond it the oldest are dropped (and counted)
 * @param flushInterval how long a batch that is not full waits for more points
 * @param firstBackoff the wait before the first retry; it doubles with each retry of the same batch
 * @param maxBackoff the longest wait between retries
 * @param requestTimeout how long one write request may take
 */
public record SinkSettings(int batchSize, int bufferCapacity, Duration flushInterval, Duration firstBackoff,
        Duration maxBackoff, Duration requestTimeout) {

    /** Defaults: batches of 5,000, 100,000 points buffered, 1 s flush, retries from 200 ms up to 10 s. */
    public static final SinkSettings DEFAULTS = new SinkSettings(5_000, 100_000, Duration.ofSeconds(1),
            Duration.ofMillis(200), Duration.ofSeconds(10), Duration.ofSeconds(10));

    /** Checks the components. */
    public SinkSettings {
        requireNonNull(flushInterval, "flushInterval is null");
        requireNonNull(firstBackoff, "firstBackoff is null");
        requireNonNull(maxBackoff, "maxBackoff is null");
        requireNonNull(requestTimeout, "requestTimeout is null");
        if (batchSize < 1 || bufferCapacity < 1) {
            throw new IllegalArgumentException("batchSize and bufferCapacity must be positive");
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoff must go from a non-negative first wait up to maxBackoff");
        }
    }

    /** @return these settings with another buffer capacity */
    public SinkSettings withBufferCapacity(int capacity) {
        return new SinkSettings(batchSize, capacity, flushInterval, firstBackoff, maxBackoff, requestTimeout);
    }
}
