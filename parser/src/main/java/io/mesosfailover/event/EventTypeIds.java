package io.mesosfailover.event;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code "type"} of an event in JSON, its kebab-case record name ({@link EventJson#typeName}), both ways. The name
 * of a record is looked up in a {@link ClassValue}: every event written asks for one, and a class value costs less
 * than the look-up by class name that Jackson's own resolver of named subtypes does.
 */
final class EventTypeIds extends TypeIdResolverBase {

    private static final Map<String, Class<? extends MesosEvent>> TYPES_BY_NAME = typesByName();
    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return TYPES_BY_NAME.containsValue(type) ? EventJson.typeName(type.asSubclass(MesosEvent.class)) : null;
        }
    };

    @Override
    public String idFromValue(Object value) {
        return idFromValueAndType(value, value.getClass());
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> type) {
        String name = NAMES.get(type);
        if (name == null) {
            throw new IllegalArgumentException(type.getName() + " is not an event record under MesosEvent");
        }
        return name;
    }

    /** @return the record named {@code id}; {@code null} for an unknown name, which Jackson reports as such */
    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
        Class<? extends MesosEvent> type = TYPES_BY_NAME.get(id);
        return type == null ? null : context.constructType(type);
    }

    @Override
    public String getDescForKnownTypeIds() {
        return String.join(", ", TYPES_BY_NAME.keySet());
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }

    private static Map<String, Class<? extends MesosEvent>> typesByName() {
        Map<String, Class<? extends MesosEvent>> types = new LinkedHashMap<>();
        for (Class<? extends MesosEvent> type : EventJson.eventTypes()) {
            if (types.put(EventJson.typeName(type), type) != null) {
                throw new IllegalStateException("two event records share the type name " + EventJson.typeName(type));
            }
        }
        return types;
    }
}
