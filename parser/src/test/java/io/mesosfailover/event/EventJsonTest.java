package io.mesosfailover.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final SourceRef SOURCE = new SourceRef("prod", "mesos-master-1", "mesos-master.INFO", 42);

    @Test
    void shouldRoundTripAnAgentEventWithItsTypeName() throws Exception {
        // Given
        AgentDisconnected event = new AgentDisconnected(Instant.parse("2015-05-02T17:00:26.087030Z"), SOURCE,
                new AgentId("20150501-230056-2407081856-5050-5669-S0"), ProcessAddress.parse("slave(1)@192.168.187.205:5051"),
                "192.168.187.205");

        // When
        String json = Json.mapper().writeValueAsString(event);
        MesosEvent back = Json.mapper().readValue(json, MesosEvent.class);

        // Then
        assertThat(json).startsWith("{\"type\":\"agent-disconnected\"")
                .contains("\"time\":\"2015-05-02T17:00:26.087030Z\"")
                .contains("\"agent\":\"192.168.187.205:5051\"");
        assertThat(back).isEqualTo(event);
    }

    @Test
    void shouldKeepFlagOrderAndLeaveOutNulls() throws Exception {
        // Given
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("slave_ping_timeout", "30secs");
        flags.put("agent_removal_rate_limit", "1/20mins");
        FlagsLogged event = new FlagsLogged(Instant.parse("2017-11-21T14:03:18.523549Z"), SOURCE, flags);

        // When
        String json = Json.mapper().writeValueAsString(event);

        // Then
        assertThat(json).contains("{\"slave_ping_timeout\":\"30secs\",\"agent_removal_rate_limit\":\"1/20mins\"}");
        assertThat(Json.mapper().readValue(json, MesosEvent.class)).isEqualTo(event);
    }

    @Test
    void shouldRegisterEveryLeafOfTheSealedHierarchy() {
        assertThat(EventJson.eventTypes()).contains(AgentRemoved.class, LeaderElected.class, Unrecognized.class,
                StatusUpdateReceived.class);
        assertThat(EventJson.eventTypes()).allSatisfy(type -> assertThat(type.isRecord()).isTrue());
    }
}
