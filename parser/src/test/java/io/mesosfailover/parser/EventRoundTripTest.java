package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.EventJson;
import io.mesosfailover.event.HealthCheckAction;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.event.Severity;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.event.StderrNoteLogged;
import io.mesosfailover.json.Json;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One instance of every event type, every component filled, survives JSON and comes back equal. */
class EventRoundTripTest {

    @Test
    void shouldRoundTripEveryEventTypeThroughJson() throws Exception {
        for (Class<? extends MesosEvent> type : EventJson.eventTypes()) {
            // Given
            MesosEvent event = sampleOf(type);

            // When
            String json = Json.mapper().writeValueAsString(event);
            MesosEvent back = Json.mapper().readValue(json, MesosEvent.class);

            // Then
            assertThat(back).as(json).isEqualTo(event);
            assertThat(json).startsWith("{\"type\":\"" + EventJson.typeName(type) + "\"");
        }
    }

    private static MesosEvent sampleOf(Class<? extends MesosEvent> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sampleValue(components[i].getType(), components[i].getName());
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object sampleValue(Class<?> type, String name) {
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        samples.put(Instant.class, Instant.parse("2016-05-12T14:02:11.549322Z"));
        samples.put(SourceRef.class, new SourceRef("prod", "mesos-master-1", "mesos-master.INFO", 12));
        samples.put(AgentId.class, new AgentId("b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80-S2"));
        samples.put(ProcessAddress.class, ProcessAddress.parse("10.0.2.22:5051"));
        samples.put(ProcessAddress.class, ProcessAddress.parse("master@10.0.1.13:5050"));
        samples.put(Duration.class, Duration.ofMillis(26_398));
        samples.put(Long.class, 3L);
        samples.put(Map.class, Map.of("agent_ping_timeout", "15secs"));
        samples.put(HealthCheckAction.class, HealthCheckAction.MARK_UNREACHABLE);
        samples.put(Severity.class, Severity.WARNING);
        samples.put(StderrNoteLogged.Note.class, StderrNoteLogged.Note.STACK_FRAME);
        if (type.isEnum() && !samples.containsKey(type)) {
            return type.getEnumConstants()[type.getEnumConstants().length - 1];
        }
        return samples.getOrDefault(type, "sample " + name);
    }
}
