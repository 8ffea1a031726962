package io.mesosfailover.streams;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.mesosfailover.event.EventJson;
import io.mesosfailover.json.Json;
import io.mesosfailover.timeline.StateRecord;
import io.mesosfailover.timeline.StateSlot;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The JSON serdes of the timelines' state store. A key is {@code [format, slot, cluster, subject]}; a value is its
 * record's JSON with its kind in {@code "kind"} (kebab-case of the record's name: {@code lost}, {@code master-state},
 * ...), on the events' mapper, so that waiting events keep their own JSON form. {@link #FORMAT} changes whenever a
 * record changes incompatibly; keys of another format, or bytes that are no key of this form (the Java-serialized
 * snapshots of versions before 0.2), are refused with {@link StateFormatException}.
 */
final class StateSerdes {

    /**
     * The format of the state written: the first element of every key. 2 since the waiting events are kept a few
     * consecutive arrivals per record (format 1 had one record per event).
     */
    static final int FORMAT = 2;

    private static final ObjectMapper KEYS = new ObjectMapper();
    private static final byte[] FORMAT_START = ("[" + FORMAT + ",\"").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BETWEEN = "\",\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\"]".getBytes(StandardCharsets.US_ASCII);

    private StateSerdes() {
    }

    /** @return the key serde */
    static Serde<StateKey> key() {
        return Serdes.serdeFrom((Serializer<StateKey>) (topic, key) -> key == null ? null : keyBytes(key),
                (Deserializer<StateKey>) (topic, bytes) -> bytes == null ? null : readKey(bytes));
    }

    /** @return the value serde for the records of these slots */
    static Serde<StateRecord> value(List<StateSlot<?>> slots) {
        ObjectMapper mapper = Json.mapper().copy();
        mapper.addMixIn(StateRecord.class, KindOfRecord.class);
        Set<Class<?>> registered = new LinkedHashSet<>();
        for (StateSlot<?> slot : slots) {
            for (Class<?> type : leaves(slot.type())) {
                if (registered.add(type)) {
                    mapper.registerSubtypes(new NamedType(type, EventJson.kebabCase(type.getSimpleName())));
                }
            }
        }
        return Serdes.serdeFrom((Serializer<StateRecord>) (topic, value) -> {
            try {
                return value == null ? null : mapper.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new SerializationException("cannot write a timeline state record: " + e.getMessage(), e);
            }
        }, (Deserializer<StateRecord>) (topic, bytes) -> {
            try {
                return bytes == null ? null : mapper.readValue(bytes, StateRecord.class);
            } catch (IOException e) {
                throw new StateFormatException("unreadable timeline state record ("
                        + e.getMessage() + ")", e);
            }
        });
    }

    /** @return the bytes every key of the slot and cluster starts with (every key of the slot when cluster is null) */
    static byte[] prefix(StateSlot<?> slot, String cluster) {
        byte[] whole = keyBytes(new StateKey(slot.name(), cluster == null ? "" : cluster, ""));
        int cut = cluster == null ? "\"\",\"\"]".length() : "\"\"]".length();
        byte[] prefix = new byte[whole.length - cut];
        System.arraycopy(whole, 0, prefix, 0, prefix.length);
        return prefix;
    }

    /**
     * @return the key as the JSON array {@code [format, slot, cluster, subject]}, written directly (every record put in
     *     the store writes its key) with the escapes of Jackson's own generator, which reads it back; a text with a
     *     character outside the Basic Multilingual Plane, which the generator writes as two escapes, goes through it
     */
    static byte[] keyBytes(StateKey key) {
        if (hasSurrogate(key.slot()) || hasSurrogate(key.cluster()) || hasSurrogate(key.subject())) {
            return keyBytesOfJackson(key);
        }
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        byte[] slot = encoder.quoteAsUTF8(key.slot());
        byte[] cluster = encoder.quoteAsUTF8(key.cluster());
        byte[] subject = encoder.quoteAsUTF8(key.subject());
        ByteBuffer bytes = ByteBuffer.allocate(FORMAT_START.length + slot.length + cluster.length + subject.length + 8);
        bytes.put(FORMAT_START).put(slot).put(BETWEEN).put(cluster).put(BETWEEN).put(subject).put(END);
        return Arrays.copyOf(bytes.array(), bytes.position());
    }

    private static byte[] keyBytesOfJackson(StateKey key) {
        try {
            return KEYS.writeValueAsBytes(List.of(FORMAT, key.slot(), key.cluster(), key.subject()));
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write a timeline state key", e);
        }
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static StateKey readKey(byte[] bytes) {
        JsonNode array;
        try {
            array = KEYS.readTree(bytes);
        } catch (IOException e) {
            array = null;
        }
        if (array == null || !array.isArray() || array.size() != 4 || !array.get(0).isInt()) {
            String start = new String(bytes, 0, Math.min(bytes.length, 40), StandardCharsets.UTF_8);
            throw new StateFormatException("a key that is no key of this version's timeline state: '" + start + "'");
        }
        if (array.get(0).asInt() != FORMAT) {
            throw new StateFormatException("a key of timeline state format " + array.get(0).asInt()
                    + ", this version reads format " + FORMAT);
        }
        return new StateKey(array.get(1).asText(), array.get(2).asText(), array.get(3).asText());
    }

    /** @return the concrete records under a type: itself, or the leaves of its sealed hierarchy */
    private static List<Class<?>> leaves(Class<?> type) {
        List<Class<?>> leaves = new ArrayList<>();
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                leaves.addAll(leaves(permitted));
            }
        } else {
            leaves.add(type);
        }
        return leaves;
    }

    /** Every state record names its kind. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    private interface KindOfRecord {
    }

    /** State of another format or shape than this version writes. */
    static final class StateFormatException extends SerializationException {

        private static final long serialVersionUID = 1L;

        StateFormatException(String message) {
            super(message);
        }

        StateFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
