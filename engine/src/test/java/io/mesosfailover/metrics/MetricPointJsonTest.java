package io.mesosfailover.metrics;

import io.mesosfailover.json.Json;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricPointJsonTest {

    @Test
    void shouldRoundTripEveryFieldTypeExactly() {
        // Given
        SortedMap<String, Object> fields = new TreeMap<>();
        fields.put("count", 3L);
        fields.put("big", Long.MAX_VALUE);
        fields.put("whole_double", 12.0);
        fields.put("tiny", 4.9e-324);
        fields.put("huge", 1.0e300);
        fields.put("negative_zero", -0.0);
        fields.put("downtime_s", 12.029962);
        fields.put("open", false);
        fields.put("reason", "health check \"timed\" out\n\u00e9");
        fields.put("numeric_text", "42");
        MetricPoint point = new MetricPoint("agent_failover", new TreeMap<>(java.util.Map.of("cluster", "c 1",
                "agent", "10.0.19.5:5051")), fields, Instant.parse("2021-03-09T14:10:00.123456789Z"));

        // When
        String json = Json.write(point);
        MetricPoint read = Json.read(json, MetricPoint.class);

        // Then
        assertThat(read).isEqualTo(point);
        assertThat(read.fields()).allSatisfy((key, value) ->
                assertThat(value).isExactlyInstanceOf(point.fields().get(key).getClass()));
        assertThat(json).doesNotContain("\n").contains("\"whole_double\":12.0", "\"count\":3");
    }

    @Test
    void shouldWriteOneStableLine() {
        // Given
        MetricPoint point = MetricPoint.builder("leader_failover", Instant.parse("2021-03-09T14:30:00Z"))
                .tag("cluster", "default").field("gap_s", 8.0).field("agents_reregistered", 7L).build();

        // When
        String json = Json.write(point);

        // Then
        assertThat(json).isEqualTo("{\"measurement\":\"leader_failover\",\"time\":\"2021-03-09T14:30:00Z\","
                + "\"tags\":{\"cluster\":\"default\"},\"fields\":{\"agents_reregistered\":7,\"gap_s\":8.0}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "not json", "{\"measurement\":\"m\",\"time\":\"yesterday\",\"tags\":{},"
        + "\"fields\":{\"a\":1}}", "{\"measurement\":\"m\",\"time\":\"2021-03-09T14:30:00Z\",\"tags\":{},"
        + "\"fields\":{\"a\":null}}", "{\"measurement\":\"m\",\"time\":\"2021-03-09T14:30:00Z\",\"tags\":{},"
        + "\"fields\":{}}", "{\"measurement\":\"m\",\"time\":\"2021-03-09T14:30:00Z\",\"tags\":{\"t\":1},"
        + "\"fields\":{\"a\":1}}"})
    void shouldRejectWhatIsNotAPoint(String text) {
        // Given the text

        // When / Then
        assertThatThrownBy(() -> Json.read(text, MetricPoint.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
