package io.mesosfailover.influx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.metrics.MetricPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BufferedSinkTest {

    private static final SinkSettings FAST = new SinkSettings(10, 1_000, Duration.ofMillis(20), Duration.ofMillis(1),
            Duration.ofMillis(5), Duration.ofSeconds(1));

    private final FakeDatabase database = new FakeDatabase();
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @Test
    void shouldWriteEveryPointInBatches() throws InterruptedException {
        // Given
        try (MetricsSink sink = new BufferedSink(database, FAST, warnings::add, Duration.ofSeconds(5))) {
            // When
            sink.write(points(0, 25));
            boolean flushed = sink.flush(Duration.ofSeconds(5));

            // Then
            assertThat(flushed).isTrue();
            assertThat(database.lines).hasSize(25).startsWith(line(0)).endsWith(line(24));
            assertThat(database.batchSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(10));
            assertThat(sink.stats()).isEqualTo(new SinkStats(25, 25, 0, 0, 0, null));
        }
    }

    @Test
    void shouldRetryWhileTheDatabaseIsDownAndLoseNothing() throws InterruptedException {
        // Given
        database.down = true;
        try (MetricsSink sink = new BufferedSink(database, FAST, warnings::add, Duration.ofSeconds(5))) {
            sink.write(points(0, 30));

            // When
            assertThat(sink.flush(Duration.ofMillis(100))).isFalse();
            database.down = false;
            boolean flushed = sink.flush(Duration.ofSeconds(5));

            // Then
            assertThat(flushed).isTrue();
            assertThat(database.lines).containsExactlyElementsOf(lines(0, 30));
            assertThat(sink.stats().retried()).isPositive();
            assertThat(sink.stats().dropped()).isZero();
        }
    }

    @Test
    void shouldDropTheOldestPointsWhenTheBufferIsFullAndSaySo() throws InterruptedException {
        // Given
        database.down = true;
        MetricsSink sink = new BufferedSink(database, FAST.withBufferCapacity(20), warnings::add,
                Duration.ofSeconds(5));
        sink.write(points(0, 1));
        awaitRetries(sink);

        // When: one point is in flight, 20 wait, 10 more come
        sink.write(points(1, 31));
        database.down = false;
        sink.close();

        // Then
        assertThat(database.lines).containsExactlyElementsOf(concat(lines(0, 1), lines(11, 31)));
        assertThat(sink.stats().dropped()).isEqualTo(10);
        assertThat(sink.stats().written()).isEqualTo(21);
        assertThat(warnings).singleElement().asString().contains("buffer full (20 points)", "dropping the oldest");
    }

    @Test
    void shouldCountRejectedBatchesAsDropped() throws InterruptedException {
        // Given
        database.rejectAll = true;
        try (MetricsSink sink = new BufferedSink(database, FAST, warnings::add, Duration.ofSeconds(5))) {
            // When
            sink.write(points(0, 5));
            sink.flush(Duration.ofSeconds(5));

            // Then
            assertThat(sink.stats()).extracting(SinkStats::written, SinkStats::dropped, SinkStats::retried)
                    .containsExactly(0L, 5L, 0L);
            assertThat(warnings).singleElement().asString().contains("rejected", "HTTP 400");
        }
    }

    @Test
    void shouldGiveUpPendingPointsWhenClosedWhileTheDatabaseIsDown() {
        // Given
        database.down = true;
        MetricsSink sink = new BufferedSink(database, FAST, warnings::add, Duration.ofMillis(200));
        sink.write(points(0, 15));

        // When
        long started = System.nanoTime();
        sink.close();

        // Then
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(sink.stats()).extracting(SinkStats::written, SinkStats::dropped, SinkStats::pending)
                .containsExactly(0L, 15L, 0L);
        assertThat(warnings).anySatisfy(warning -> assertThat(warning).contains("15 metric points not written"));
    }

    private static void awaitRetries(MetricsSink sink) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sink.stats().retried() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static List<MetricPoint> points(int from, int to) {
        List<MetricPoint> points = new ArrayList<>();
        for (int i = from; i < to; i++) {
            points.add(MetricPoint.builder("m", Instant.ofEpochSecond(i)).field("n", (long) i).build());
        }
        return points;
    }

    private static List<String> lines(int from, int to) {
        return LineProtocol.of(points(from, to));
    }

    private static String line(int i) {
        return LineProtocol.of(points(i, i + 1).get(0));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A database in memory that can be down or reject everything. */
    private static final class FakeDatabase implements PointWriter {
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        private volatile boolean down;
        private volatile boolean rejectAll;

        @Override
        public void write(List<String> batch) throws WriteException {
            if (down) {
                throw new WriteException("connection refused", true, null);
            }
            if (rejectAll) {
                throw new WriteException("HTTP 400: unable to parse", false, null);
            }
            batchSizes.add(batch.size());
            lines.addAll(batch);
        }

        @Override
        public void close() {
        }
    }
}
