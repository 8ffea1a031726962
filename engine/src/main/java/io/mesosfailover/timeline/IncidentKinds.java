package io.mesosfailover.timeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The name of each kind of {@link Incident}, as the interface's {@link JsonSubTypes} declares it (a test checks that
 * it names every permitted kind).
 */
final class IncidentKinds {

    private static final Map<Class<?>, String> NAMES = Arrays.stream(Incident.class.getAnnotation(JsonSubTypes.class)
            .value()).collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

    private IncidentKinds() {
    }

    /** @return the name of the kind the class is */
    static String of(Class<? extends Incident> kind) {
        return NAMES.get(kind);
    }
}
