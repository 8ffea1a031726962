package io.mesosfailover.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.mesosfailover.json.Json;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IncidentJsonTest {

    @Test
    void shouldNameEveryKindOfIncident() {
        // Given
        List<Class<?>> permitted = Arrays.asList(Incident.class.getPermittedSubclasses());

        // When
        List<Class<?>> named = Arrays.stream(Incident.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::value).collect(Collectors.toList());

        // Then
        assertThat(named).containsExactlyInAnyOrderElementsOf(permitted);
    }

    @Test
    void shouldWriteKindFirstAndSecondsLastAndReadItBack() {
        // Given
        LeaderlessPeriod period = new LeaderlessPeriod("leaderless-period/c/2021-03-09T14:30:00Z", "c",
                Instant.parse("2021-03-09T14:30:00Z"), Instant.parse("2021-03-09T14:30:12.5Z"),
                List.of("no-leader-elected"), List.of("m1", "m2"), false);

        // When
        String json = Json.write(period);
        Incident back = Json.read(json, Incident.class);

        // Then
        assertThat(json).isEqualTo("{\"kind\":\"leaderless-period\",\"id\":\"leaderless-period/c/2021-03-09T14:30:00Z\","
                + "\"cluster\":\"c\",\"start\":\"2021-03-09T14:30:00Z\",\"end\":\"2021-03-09T14:30:12.500Z\","
                + "\"evidence\":[\"no-leader-elected\"],\"masters\":[\"m1\",\"m2\"],\"duration_s\":12.5}");
        assertThat(back).isEqualTo(period);
    }

    @Test
    void shouldWriteAnUnknownDurationAsNull() {
        // Given
        LeaderlessPeriod open = new LeaderlessPeriod("leaderless-period/c/2021-03-09T14:30:00Z", "c",
                Instant.parse("2021-03-09T14:30:00Z"), null, List.of(), List.of("m1"), false);

        // When
        String json = Json.write(open);

        // Then
        assertThat(json).endsWith(",\"masters\":[\"m1\"],\"duration_s\":null}").doesNotContain("\"end\"");
    }

    @Test
    void shouldRefuseAnUnknownKind() {
        // Given
        String json = "{\"kind\":\"agent-vanished\",\"id\":\"x\",\"cluster\":\"c\"}";

        // When / Then
        assertThatThrownBy(() -> Json.read(json, Incident.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent-vanished");
    }
}
