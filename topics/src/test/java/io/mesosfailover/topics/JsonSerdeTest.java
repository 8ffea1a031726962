package io.mesosfailover.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesosfailover.metrics.MetricPoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    @Test
    void shouldWriteTheJsonOfTheRecordAndReadItBack() {
        // Given
        MetricPoint point = MetricPoint.builder("leader_failover", Instant.parse("2021-03-09T14:30:00Z"))
                .tag("cluster", "default").field("gap_s", 8.0).field("agents_reregistered", 7L).build();
        Serde<MetricPoint> serde = Topics.METRICS.valueSerde();

        // When
        byte[] bytes = serde.serializer().serialize(Topics.METRICS.name(), point);
        MetricPoint back = serde.deserializer().deserialize(Topics.METRICS.name(), bytes);

        // Then
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"measurement\":\"leader_failover\","
                + "\"time\":\"2021-03-09T14:30:00Z\",\"tags\":{\"cluster\":\"default\"},"
                + "\"fields\":{\"agents_reregistered\":7,\"gap_s\":8.0}}");
        assertThat(back).isEqualTo(point);
    }

    @Test
    void shouldKeepATombstoneNull() {
        // Given
        Serde<SavedPosition> serde = Topics.INGEST_POSITIONS.valueSerde();

        // When
        byte[] bytes = serde.serializer().serialize(Topics.INGEST_POSITIONS.name(), null);
        SavedPosition back = serde.deserializer().deserialize(Topics.INGEST_POSITIONS.name(), null);

        // Then
        assertThat(bytes).isNull();
        assertThat(back).isNull();
    }

    @Test
    void shouldRefuseBytesThatAreNotTheRecord() {
        // Given
        byte[] bytes = "{\"measurement\":\"m\",\"time\":\"yesterday\",\"tags\":{},\"fields\":{\"a\":1}}"
                .getBytes(StandardCharsets.UTF_8);

        // When / Then
        assertThatThrownBy(() -> Topics.METRICS.valueSerde().deserializer().deserialize(Topics.METRICS.name(), bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("MetricPoint")
                .hasMessageContaining(Topics.METRICS.name());
    }

    @Test
    void shouldWriteAnUnreadableLineWithoutWhatItHasNot() {
        // Given
        Unparsed unparsed = Unparsed.record("c/m1", "header mf.line is not a number: x", "I0309 14:10:00");

        // When
        byte[] bytes = Topics.UNPARSED.valueSerde().serializer().serialize(Topics.UNPARSED.name(), unparsed);

        // Then
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"key\":\"c/m1\","
                + "\"reason\":\"header mf.line is not a number: x\",\"excerpt\":\"I0309 14:10:00\"}");
    }
}
