package io.mesosfailover.influx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.metrics.MetricPoint;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LineProtocolTest {

    @Test
    void shouldWriteTypedFieldsEscapedTagsAndNanoseconds() {
        // Given
        MetricPoint point = MetricPoint.builder("agent_failover", Instant.parse("2021-03-09T14:10:00.000001002Z"))
                .tag("cluster", "prod east").tag("agent", "10.0.19.5:5051").field("downtime_s", 12.029962)
                .field("agents", 3L).field("open", false).field("removal_reason", "health \"check\" timed out")
                .build();

        // When
        String line = LineProtocol.of(point);

        // Then
        assertThat(line).isEqualTo("agent_failover,agent=10.0.19.5:5051,cluster=prod\\ east agents=3i,"
                + "downtime_s=12.029962,open=false,removal_reason=\"health \\\"check\\\" timed out\" "
                + "1615299000000001002");
    }
}
