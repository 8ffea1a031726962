package io.mesosfailover.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.influx.MetricsSink;
import io.mesosfailover.influx.SinkStats;
import io.mesosfailover.json.Json;
import io.mesosfailover.metrics.MetricPoint;
import io.mesosfailover.topics.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class LiveSinkTest {

    private static final TopicPartition PARTITION = new TopicPartition(Topics.METRICS.name(), 0);
    private static final MetricPoint POINT = MetricPoint.builder("agent_failover", Instant.parse("2021-03-09T14:30:00Z"))
            .tag("cluster", "default").field("duration_seconds", 4.5).build();

    @Test
    void shouldWriteThePointsThenCommitAndCountARecordThatIsNoPoint() {
        // Given a point, a record that is no point, and a stop after the second poll
        RecordingConsumer consumer = consumerOf(Json.write(POINT), "{not a point");
        AtomicBoolean stop = new AtomicBoolean();
        consumer.schedulePollTask(() -> stop.set(true));
        RecordingSink sink = new RecordingSink();
        List<String> log = new ArrayList<>();
        LiveSink live = new LiveSink(new Properties(), "group", null, log::add);

        // When
        live.run(consumer, sink, "a database", stop::get);

        // Then
        assertThat(sink.written).containsExactly(POINT);
        assertThat(consumer.committedAtClose.get(PARTITION).offset()).isEqualTo(2);
        assertThat(live.rejected()).isEqualTo(1);
        assertThat(log).first().isEqualTo("mesos.metrics -> a database");
        assertThat(log).anyMatch(line -> line.startsWith("rejected record mesos.metrics-0@1: "));
        assertThat(sink.closed).isTrue();
        assertThat(consumer.closed()).isTrue();
    }

    @Test
    void shouldNotCommitWhatTheDatabaseHasNotTaken() {
        // Given a database that never finishes writing, and a stop while it is waited for
        RecordingConsumer consumer = consumerOf(Json.write(POINT));
        AtomicBoolean stop = new AtomicBoolean();
        RecordingSink sink = new RecordingSink() {
            @Override
            public boolean flush(Duration timeout) {
                stop.set(true);
                return false;
            }
        };
        List<String> log = new ArrayList<>();

        // When
        new LiveSink(new Properties(), "group", null, log::add).run(consumer, sink, "a database", stop::get);

        // Then
        assertThat(consumer.committedAtClose.get(PARTITION)).isNull();
        assertThat(sink.written).containsExactly(POINT);
    }

    @Test
    void shouldStopWhenTheTopicStaysIdle() {
        // Given a topic without records and an idle time of zero
        MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
        RecordingSink sink = new RecordingSink();

        // When
        SinkStats stats = new LiveSink(new Properties(), "group", Duration.ZERO, line -> { })
                .run(consumer, sink, "a database", () -> false);

        // Then
        assertThat(stats.written()).isZero();
        assertThat(sink.closed).isTrue();
    }

    /** @return a consumer whose first poll gives these values on partition 0 of the topic, from offset 0 */
    private static RecordingConsumer consumerOf(String... values) {
        RecordingConsumer consumer = new RecordingConsumer();
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(PARTITION));
            consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
            for (int offset = 0; offset < values.length; offset++) {
                consumer.addRecord(new ConsumerRecord<>(Topics.METRICS.name(), 0, offset, "default", values[offset]));
            }
        });
        return consumer;
    }

    /** A consumer that keeps the offsets committed when it is closed (a closed one answers no more). */
    private static final class RecordingConsumer extends MockConsumer<String, String> {
        private Map<TopicPartition, OffsetAndMetadata> committedAtClose;

        RecordingConsumer() {
            super("earliest");
        }

        @Override
        public synchronized void close(CloseOptions options) {
            committedAtClose = committed(Set.of(PARTITION));
            super.close(options);
        }
    }

    /** A sink that keeps what it is given and writes it at once. */
    private static class RecordingSink implements MetricsSink {
        final List<MetricPoint> written = new ArrayList<>();
        boolean closed;

        @Override
        public void write(List<MetricPoint> points) {
            written.addAll(points);
        }

        @Override
        public boolean flush(Duration timeout) {
            return true;
        }

        @Override
        public SinkStats stats() {
            return new SinkStats(written.size(), written.size(), 0, 0, 0, null);
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public void close(Duration timeout) {
            closed = true;
        }
    }
}
