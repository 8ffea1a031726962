package io.mesosfailover.topics;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.mesosfailover.json.Json;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of a record type as UTF-8 JSON, with the one mapping of the project ({@link Json}): what {@code parse},
 * {@code analyze --format json} and the saved positions write is what goes on the topics. A {@code null} value (a
 * tombstone) stays {@code null}; bytes that are not such a record fail with a {@link SerializationException}, which
 * Kafka Streams' deserialization handler logs and skips.
 */
public final class JsonSerde {

    private JsonSerde() {
    }

    /** @return the serde of {@code type}; for a sealed family, its root, so that the kind is written */
    public static <T> Serde<T> of(Class<T> type) {
        ObjectWriter writer = Json.mapper().writerFor(type);
        ObjectReader reader = Json.mapper().readerFor(type);
        Serializer<T> serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return writer.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new SerializationException("cannot write a " + type.getSimpleName() + " to " + topic, e);
            }
        };
        Deserializer<T> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return reader.readValue(bytes);
            } catch (IOException | IllegalArgumentException e) {
                throw new SerializationException("not a " + type.getSimpleName() + " on " + topic + ": "
                        + e.getMessage(), e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
