package io.mesosfailover.influx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.metrics.MetricPoint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The v1 sink against a real InfluxDB: when it goes down while points are written, they wait in the buffer and arrive,
 * all of them, once it is back; a database the server lacks is created on the first write.
 */
@Tag("integration")
@Timeout(120)
class InfluxOutageIT {

    private static final String DATABASE = "mesos";
    private static final SinkSettings SETTINGS = new SinkSettings(500, 10_000, Duration.ofMillis(50),
            Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofSeconds(2));

    @TempDir
    Path folder;

    @Test
    void shouldLoseNoPointWhileTheDatabaseIsDown() throws IOException, InterruptedException {
        // Given
        List<String> warnings = new ArrayList<>();
        try (Influxd influxd = Influxd.start(folder, DATABASE)) {
            MetricsSink sink = MetricsSink.open(new InfluxTarget.V1(influxd.url(), DATABASE, "autogen", null, null),
                    SETTINGS, warnings::add);
            sink.write(points(0, 1_000));
            assertThat(sink.flush(Duration.ofSeconds(20))).isTrue();

            // When: the database stops, points keep coming, then it starts again on the same data
            influxd.stop();
            sink.write(points(1_000, 3_000));
            boolean flushedWhileDown = sink.flush(Duration.ofSeconds(1));
            SinkStats whileDown = sink.stats();
            influxd.start();
            sink.write(points(3_000, 3_500));
            boolean flushed = sink.flush(Duration.ofSeconds(30));
            sink.close();

            // Then
            assertThat(flushedWhileDown).isFalse();
            assertThat(whileDown.written()).isEqualTo(1_000);
            assertThat(whileDown.pending()).isEqualTo(2_000);
            assertThat(whileDown.retried()).isPositive();
            assertThat(flushed).isTrue();
            assertThat(sink.stats()).extracting(SinkStats::accepted, SinkStats::written, SinkStats::dropped,
                    SinkStats::pending).containsExactly(3_500L, 3_500L, 0L, 0L);
            assertThat(influxd.count(DATABASE, "outage_probe", "n")).isEqualTo(3_500);
            assertThat(warnings).isEmpty();
        }
    }

    @Test
    void shouldCreateAMissingDatabaseAndWriteEveryPoint() throws IOException, InterruptedException {
        // Given
        List<String> warnings = new ArrayList<>();
        try (Influxd influxd = Influxd.startWithoutDatabase(folder)) {
            MetricsSink sink = MetricsSink.open(new InfluxTarget.V1(influxd.url(), "fresh \"db\"", null, null, null),
                    SETTINGS, warnings::add);

            // When
            sink.write(points(0, 250));
            boolean flushed = sink.flush(Duration.ofSeconds(20));
            sink.close();

            // Then
            assertThat(flushed).isTrue();
            assertThat(warnings).isEmpty();
            assertThat(sink.stats().written()).isEqualTo(250);
            assertThat(influxd.count("fresh \"db\"", "outage_probe", "n")).isEqualTo(250);
        }
    }

    private static List<MetricPoint> points(int from, int to) {
        List<MetricPoint> points = new ArrayList<>();
        Instant start = Instant.parse("2021-03-09T14:00:00Z");
        for (int i = from; i < to; i++) {
            points.add(MetricPoint.builder("outage_probe", start.plusMillis(i)).tag("cluster", "default")
                    .field("n", (long) i).build());
        }
        return points;
    }
}
