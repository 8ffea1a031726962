package io.mesosfailover.event;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of events: one object per event with its kind in {@code "type"} (kebab-case of the record
 * name, such as {@code agent-disconnected}), times in ISO-8601 with microseconds, durations in ISO-8601, written by
 * the one mapping of the project ({@code io.mesosfailover.json.Json}).
 * Every record permitted under {@link MesosEvent} is registered by walking the sealed hierarchy, so a new
 * event kind needs no list to be kept in step.
 */
public final class EventJson {

    /** The property that names the event kind. */
    public static final String TYPE_PROPERTY = "type";

    private static final List<Class<? extends MesosEvent>> EVENT_TYPES = collectLeaves(MesosEvent.class);

    private EventJson() {
    }

    /** @return every concrete event record, in declaration order of the sealed hierarchy */
    public static List<Class<? extends MesosEvent>> eventTypes() {
        return EVENT_TYPES;
    }

    /** @return the JSON type name of an event class, such as {@code agent-disconnected} */
    public static String typeName(Class<? extends MesosEvent> type) {
        return kebabCase(type.getSimpleName());
    }

    /** @return a CamelCase name in kebab-case: {@code AgentDisconnected} becomes {@code agent-disconnected} */
    public static String kebabCase(String name) {
        StringBuilder kebab = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                kebab.append('-');
            }
            kebab.append(Character.toLowerCase(c));
        }
        return kebab.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Names every event record under its type name on a mapper ({@link EventTypeIds}): the one mapping ({@code io.mesosfailover.json.Json})
     * calls it once.
     */
    public static void registerTypes(ObjectMapper mapper) {
        mapper.addMixIn(MesosEvent.class, TypedEvent.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends MesosEvent>> collectLeaves(Class<?> root) {
        List<Class<? extends MesosEvent>> leaves = new ArrayList<>();
        Class<?>[] permitted = root.getPermittedSubclasses();
        if (permitted == null) {
            leaves.add((Class<? extends MesosEvent>) root);
            return List.copyOf(leaves);
        }
        for (Class<?> child : permitted) {
            leaves.addAll(collectLeaves(child));
        }
        return List.copyOf(leaves);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, property = TYPE_PROPERTY)
    @JsonTypeIdResolver(EventTypeIds.class)
    private interface TypedEvent {
    }
}
