package io.mesosfailover.cli.drill;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The kinds of expectation a drill file may name, as {@link Expectation}'s subtypes declare them. */
final class ExpectationKinds {

    /** The names, in the order they are declared. */
    static final List<String> NAMES = Arrays.stream(Expectation.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::name).collect(Collectors.toUnmodifiableList());

    /** The name of each kind, by its class. */
    private static final Map<Class<?>, String> BY_CLASS = Arrays.stream(
            Expectation.class.getAnnotation(JsonSubTypes.class).value())
            .collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

    private ExpectationKinds() {
    }

    /** @return the name of an expectation's kind */
    static String of(Class<? extends Expectation> kind) {
        String name = BY_CLASS.get(kind);
        if (name == null) {
            throw new IllegalStateException(kind.getName() + " is not declared in Expectation's JsonSubTypes");
        }
        return name;
    }
}
