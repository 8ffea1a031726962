package io.mesosfailover.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MetricPointTest {

    private static final Instant TIME = Instant.parse("2021-03-09T14:10:00Z");

    @Test
    void shouldLeaveOutMissingTagsAndFields() {
        // Given
        MetricPoint.Builder builder = MetricPoint.builder("m", TIME).tag("region", null).tag("cluster", "default")
                .field("reason", (String) null).field("expected", (Long) null).seconds("downtime_s", null)
                .seconds("gap_s", Duration.ofMillis(95_500)).field("id", "x");

        // When
        MetricPoint point = builder.build();

        // Then
        assertThat(point.tags()).containsExactly(Map.entry("cluster", "default"));
        assertThat(point.fields()).containsExactly(Map.entry("gap_s", 95.5), Map.entry("id", "x"));
    }

    @Test
    void shouldRejectValuesInfluxCannotStore() {
        // Given
        TreeMap<String, Object> notFinite = new TreeMap<>(Map.of("x", Double.NaN));
        TreeMap<String, Object> integer = new TreeMap<>(Map.of("x", 1));

        // When / Then
        assertThatThrownBy(() -> new MetricPoint("m", new TreeMap<>(), notFinite, TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
        assertThatThrownBy(() -> new MetricPoint("m", new TreeMap<>(), integer, TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Integer");
        assertThatThrownBy(() -> new MetricPoint("m", new TreeMap<>(), new TreeMap<>(), TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one field");
        assertThatThrownBy(() -> new MetricPoint("m", new TreeMap<>(Map.of("t", "")), new TreeMap<>(Map.of("x", 1L)),
                TIME)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty tag");
    }
}
