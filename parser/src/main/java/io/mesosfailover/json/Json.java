package io.mesosfailover.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mesosfailover.event.EventJson;
import java.io.IOException;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * The JSON mapping of every record mesos-failover writes or reads: events ({@code parse}, {@code mesos.events}),
 * incidents ({@code analyze --format json}, {@code mesos.incidents}), metric points ({@code mesos.metrics}), the
 * saved positions of {@code ingest} and the reports. It lives in the parser module because that is the lowest
 * module that writes JSON; the modules above bind their records with this mapper rather than configure their own.
 *
 * <p>The settings: times in ISO-8601 ({@code 2021-03-09T14:10:00.000001Z}), durations in ISO-8601 ({@code PT12S}),
 * {@code null} components left out unless a record says otherwise, a record's components in their declared order,
 * unknown properties ignored on reading (so that a reader of an older build accepts what a newer one adds), and no
 * silent coercion of numbers or booleans into text. Events carry their kind in {@code "type"} ({@link EventJson}).
 */
public final class Json {

    private static final JsonMapper MAPPER = newMapper();

    private Json() {
    }

    /** @return the shared, thread-safe mapper; do not reconfigure it (take {@code mapper().copy()} for that) */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @return a value as one line of JSON
     * @throws IllegalStateException when it cannot be written (a record this mapping does not know)
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * @return the value of {@code type} in this JSON
     * @throws IllegalArgumentException when the text is not JSON, or not a valid {@code type}
     */
    public static <T> T read(String text, Class<T> type) {
        return read(type, () -> MAPPER.readValue(text, type));
    }

    /**
     * @return the value of {@code type} in these UTF-8 bytes
     * @throws IllegalArgumentException when they are not JSON, or not a valid {@code type}
     */
    public static <T> T read(byte[] utf8, Class<T> type) {
        return read(type, () -> MAPPER.readValue(utf8, type));
    }

    private static <T> T read(Class<T> type, Reading<T> reading) {
        T value;
        try {
            value = reading.read();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        if (value == null) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": null");
        }
        return value;
    }

    /**
     * @return what went wrong in a JSON or YAML text, in one line: the parser's own words without the lines that
     *     quote the text and point at it (YAML's parser writes its context, the problem and a marker on lines of
     *     their own)
     */
    public static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining(", "));
    }

    /** A read that may fail. */
    private interface Reading<T> {
        T read() throws IOException;
    }

    private static JsonMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("iso-instant").addSerializer(Instant.class, new IsoInstantSerializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        EventJson.registerTypes(mapper);
        return mapper;
    }
}
