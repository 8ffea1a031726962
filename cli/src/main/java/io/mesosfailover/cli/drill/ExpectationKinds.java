package io.mesosfailover.cli.drill;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The kinds of expectation a drill file may name, as {@link Expectation}'s subtypes declare them. */
final class ExpectationKinds {

    /** The names, in the order they are declared. */
    static final List<String> NAMES = Arrays.stream(Expectation.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::name).collect(Collectors.toUnmodifiableList());

    private ExpectationKinds() {
    }
}
