package io.mesosfailover.topics;

import static java.util.Objects.requireNonNull;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic of mesos-failover with the types of its records: its name, and the serdes of its keys and values.
 *
 * @param name the topic's name
 * @param keySerde how its keys are written and read
 * @param valueSerde how its values are written and read
 * @param <K> the type of its keys
 * @param <V> the type of its values
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    /** Checks the components. */
    public Topic {
        requireNonNull(name, "name is null");
        requireNonNull(keySerde, "keySerde is null");
        requireNonNull(valueSerde, "valueSerde is null");
    }
}
