package io.mesosfailover.cli.drill;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mesosfailover.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads drill files. Every mistake (YAML syntax, an unknown key or kind, a wrong type, a bad duration or time, a
 * missing value) is a {@link DrillFileException} naming the file, line and column.
 */
public final class DrillFile {

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private DrillFile() {
    }

    /**
     * @throws DrillFileException when the file is missing, unreadable or not a valid drill
     */
    public static Drill load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new DrillFileException(file + ": no such file", e);
        } catch (IOException e) {
            throw new DrillFileException(file + ": " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /**
     * @param name the file name for messages
     * @throws DrillFileException when the text is not a valid drill
     */
    public static Drill parse(String name, String text) {
        if (text.isBlank()) {
            throw new DrillFileException(name + ":1:1: the file is empty; a drill needs 'drill:' and 'expect:'");
        }
        try {
            Drill drill = YAML.readValue(text, Drill.class);
            if (drill == null) {
                throw new DrillFileException(name + ":1:1: the file is empty; a drill needs 'drill:' and 'expect:'");
            }
            return drill;
        } catch (JsonProcessingException e) {
            String where = name + ":" + position(e, text);
            throw new DrillFileException(where + ": " + describe(e), e);
        }
    }

    /**
     * @return {@code line:column} of the mistake: for an unknown key, where the key is written (the parser is past
     *     its value by then), else where the token at fault starts
     */
    private static String position(JsonProcessingException e, String text) {
        JsonLocation location = location(e);
        int line = location == null ? 1 : Math.max(1, location.getLineNr());
        int column = location == null ? 1 : Math.max(1, location.getColumnNr());
        if (e instanceof UnrecognizedPropertyException unknown) {
            String key = unknown.getPropertyName() + ":";
            String[] lines = text.split("\n", -1);
            for (int at = Math.min(line, lines.length); at >= 1; at--) {
                int index = lines[at - 1].indexOf(key);
                if (index >= 0) {
                    return at + ":" + (index + 1);
                }
            }
        }
        return line + ":" + column;
    }

    /** @return where the token at fault starts (the parser's position is often past it), else the error's own */
    private static JsonLocation location(JsonProcessingException e) {
        if (e instanceof JsonMappingException && e.getProcessor() instanceof JsonParser parser) {
            JsonLocation token = parser.currentTokenLocation();
            if (token != null && token.getLineNr() > 0) {
                return token;
            }
        }
        return e.getLocation();
    }

    private static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String at = path.isEmpty() ? "" : " (at " + path + ")";
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "'" + at + "; known keys: "
                    + known(unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidTypeIdException typeId) {
            return "unknown expectation '" + typeId.getTypeId() + "'" + at + "; known: "
                    + String.join(", ", ExpectationKinds.NAMES);
        }
        Throwable cause = ownCause(e);
        if (cause != null) {
            return cause.getMessage() + at;
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not " + typeName(format.getTargetType()) + at;
        }
        if (e instanceof ValueInstantiationException || e instanceof MismatchedInputException) {
            Class<?> target = e instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
            return "expected " + typeName(target) + at;
        }
        return Json.problem(e);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static final Map<Class<?>, String> TYPE_NAMES = Map.of(
            Expectation.class, "an expectation: a mapping with one key, its kind ("
                    + String.join(", ", ExpectationKinds.NAMES) + ")",
            DrillDuration.class, "a duration with units (90s, 10m, 1h30m)",
            DrillTime.class, "a time (2021-03-09T14:10:00Z, or +10m after the first event)",
            DrillWindow.class, "a window of two times, [from, to]",
            Integer.class, "a whole number",
            int.class, "a whole number",
            String.class, "a text");

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (TYPE_NAMES.containsKey(type)) {
            return TYPE_NAMES.get(type);
        }
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants())
                    .map(value -> ((Enum<?>) value).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        return Collection.class.isAssignableFrom(type) ? "a list"
                : "a mapping (" + type.getSimpleName().toLowerCase(Locale.ROOT) + ")";
    }

    private static String known(Collection<Object> keys) {
        return keys == null ? "" : keys.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** @return the first check of this package's records that failed (their messages are for the user) */
    private static Throwable ownCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                return cause;
            }
        }
        return null;
    }
}
