package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.EventJson;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.grammar.MesosMasterParser;
import io.mesosfailover.parser.internal.EventFactory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every labelled alternative of the grammar has its record, and every element label a component of that name. */
class EventMappingTest {

    private static final List<Class<?>> FAMILIES = List.of(MesosMasterParser.StartupMessageContext.class,
            MesosMasterParser.ElectionMessageContext.class, MesosMasterParser.ZooKeeperMessageContext.class,
            MesosMasterParser.RegistrarMessageContext.class, MesosMasterParser.ReplicatedLogMessageContext.class,
            MesosMasterParser.AgentMessageContext.class, MesosMasterParser.FrameworkMessageContext.class,
            MesosMasterParser.TaskMessageContext.class, MesosMasterParser.NetworkMessageContext.class,
            MesosMasterParser.ExitMessageContext.class);

    @Test
    void shouldMapEveryLabelledAlternativeToARecordWithItsElementLabels() {
        // Given
        List<Class<?>> alternatives = new ArrayList<>();
        for (Class<?> nested : MesosMasterParser.class.getDeclaredClasses()) {
            if (FAMILIES.contains(nested.getSuperclass())) {
                alternatives.add(nested);
            }
        }

        // Then
        assertThat(alternatives).hasSizeGreaterThan(150);
        for (Class<?> alternative : alternatives) {
            Class<? extends MesosEvent> record = EventFactory.recordOf(alternative);
            Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            assertThat(components).as("components of %s", record.getSimpleName())
                    .containsAll(EventFactory.labelsOf(alternative));
            assertThat(EventJson.eventTypes()).contains(record);
        }
    }
}
