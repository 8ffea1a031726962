package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An agent id such as {@code 20150501-230056-2407081856-5050-5669-S3}. It changes whenever an agent registers
 * anew after a removal, so it is not the identity of a machine: {@link ProcessAddress} is.
 *
 * @param value the id as logged
 */
public record AgentId(@JsonValue String value) {
    /** Checks that the id is not blank. */
    @JsonCreator
    public AgentId {
        requireNonNull(value, "value is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("agent id is blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
