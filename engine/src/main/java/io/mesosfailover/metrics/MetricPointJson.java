package io.mesosfailover.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON form of a point, one per Kafka record on {@code mesos.metrics}: {@code {"measurement":"agent_failover",
 * "time":"2021-03-09T14:10:00.000001Z","tags":{...},"fields":{...}}}. Field types survive the round trip through
 * JSON's own types: a long is an integer literal, a double always has a fraction or an exponent ({@code 12.0}), a
 * boolean is {@code true}/{@code false}, a string is a string. Times are ISO-8601 with every nanosecond digit.
 */
public final class MetricPointJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetricPointJson() {
    }

    /** @return the point as one line of JSON */
    public static String write(MetricPoint point) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("measurement", point.measurement());
        json.put("time", point.time().toString());
        ObjectNode tags = json.putObject("tags");
        point.tags().forEach(tags::put);
        ObjectNode fields = json.putObject("fields");
        for (Map.Entry<String, Object> field : point.fields().entrySet()) {
            Object value = field.getValue();
            if (value instanceof Long) {
                fields.put(field.getKey(), (Long) value);
            } else if (value instanceof Double) {
                fields.put(field.getKey(), (Double) value);
            } else if (value instanceof Boolean) {
                fields.put(field.getKey(), (Boolean) value);
            } else {
                fields.put(field.getKey(), (String) value);
            }
        }
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /**
     * Reads a point written by {@link #write}.
     *
     * @throws IllegalArgumentException when the text is not such a point
     */
    public static MetricPoint read(String text) {
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a metric point must be a JSON object");
        }
        SortedMap<String, String> tags = new TreeMap<>();
        for (Map.Entry<String, JsonNode> tag : object(json, "tags").properties()) {
            if (!tag.getValue().isTextual()) {
                throw new IllegalArgumentException("tag " + tag.getKey() + " is not a string");
            }
            tags.put(tag.getKey(), tag.getValue().asText());
        }
        SortedMap<String, Object> fields = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : object(json, "fields").properties()) {
            fields.put(field.getKey(), value(field.getKey(), field.getValue()));
        }
        return new MetricPoint(text(json, "measurement"), tags, fields, time(text(json, "time")));
    }

    private static Object value(String key, JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        } else if (value.isFloatingPointNumber()) {
            return value.doubleValue();
        } else if (value.isBoolean()) {
            return value.booleanValue();
        } else if (value.isTextual()) {
            return value.asText();
        }
        throw new IllegalArgumentException("field " + key + " is not a long, double, boolean or string: " + value);
    }

    private static JsonNode object(JsonNode json, String name) {
        JsonNode node = json.get(name);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("'" + name + "' must be an object");
        }
        return node;
    }

    private static String text(JsonNode json, String name) {
        JsonNode node = json.get(name);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("'" + name + "' must be a string");
        }
        return node.asText();
    }

    private static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'time' is not an ISO-8601 instant: " + text, e);
        }
    }
}
