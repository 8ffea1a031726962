package io.mesosfailover.metrics;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One point of a time series, as InfluxDB stores it: tags are indexed and low-cardinality, fields carry the values.
 * The same measurement, tags and time identify a point; writing it again overwrites it.
 *
 * <p>Its JSON, one per Kafka record on {@code mesos.metrics}, is the databind of the record: {@code
 * {"measurement":"agent_failover","time":"2021-03-09T14:10:00.000001Z","tags":{...},"fields":{...}}}. Field types
 * survive the round trip through JSON's own types: a long is an integer literal, a double always has a fraction or
 * an exponent ({@code 12.0}), a boolean is {@code true}/{@code false}, a string is a string. Times are ISO-8601 with
 * every nanosecond digit.
 *
 * @param measurement the measurement (table) name
 * @param tags tag keys to values, sorted; values are never empty
 * @param fields field keys to values of type {@link Long}, {@link Double} (finite), {@link Boolean} or
 *     {@link String}, sorted; at least one
 * @param time the point's time, with nanosecond precision
 */
@JsonPropertyOrder({"measurement", "time", "tags", "fields"})
public record MetricPoint(String measurement, SortedMap<String, String> tags,
        @JsonDeserialize(contentUsing = FieldValue.class) SortedMap<String, Object> fields, Instant time) {

    /** Checks and copies. */
    public MetricPoint {
        requireNonNull(measurement, "measurement is null");
        requireNonNull(time, "time is null");
        if (measurement.isBlank()) {
            throw new IllegalArgumentException("measurement is blank");
        }
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(tags, "tags is null")));
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(fields, "fields is null")));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(measurement + ": a point needs at least one field");
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            if (tag.getKey().isEmpty() || tag.getValue() == null || tag.getValue().isEmpty()) {
                throw new IllegalArgumentException(measurement + ": empty tag " + tag);
            }
        }
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            checkField(measurement, field.getKey(), field.getValue());
        }
    }

    /** @return a builder of a point of {@code measurement} at {@code time} */
    public static Builder builder(String measurement, Instant time) {
        return new Builder(measurement, time);
    }

    /** @return this point moved by {@code nanos} nanoseconds */
    public MetricPoint plusNanos(long nanos) {
        return new MetricPoint(measurement, tags, fields, time.plusNanos(nanos));
    }

    private static void checkField(String measurement, String key, Object value) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException(measurement + ": empty field key");
        }
        if (value instanceof Double && !Double.isFinite((Double) value)) {
            throw new IllegalArgumentException(measurement + ": field " + key + " is not finite: " + value);
        }
        if (!(value instanceof Long || value instanceof Double || value instanceof Boolean
                || value instanceof String)) {
            throw new IllegalArgumentException(measurement + ": field " + key + " must be a long, double, boolean"
                    + " or string, not " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
    }

    /** Reads a field's value as the type JSON gives it: long, double, boolean or string, nothing else. */
    static final class FieldValue extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        FieldValue() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser json, DeserializationContext context) throws IOException {
            switch (json.currentToken()) {
                case VALUE_NUMBER_INT:
                    if (json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        return context.reportInputMismatch(this, "field %s is beyond a long: %s",
                                json.currentName(), json.getText());
                    }
                    return json.getLongValue();
                case VALUE_NUMBER_FLOAT:
                    return json.getDoubleValue();
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return json.getBooleanValue();
                case VALUE_STRING:
                    return json.getText();
                default:
                    return context.reportInputMismatch(this, "field %s is not a long, double, boolean or string",
                            json.currentName());
            }
        }
    }

    /** Collects tags and fields; {@code null} values are left out, so optional parts need no {@code if}. */
    public static final class Builder {
        private final String measurement;
        private final Instant time;
        private final SortedMap<String, String> tags = new TreeMap<>();
        private final SortedMap<String, Object> fields = new TreeMap<>();

        private Builder(String measurement, Instant time) {
            this.measurement = measurement;
            this.time = time;
        }

        /** @return this, with the tag unless {@code value} is {@code null} or empty */
        public Builder tag(String key, String value) {
            if (value != null && !value.isEmpty()) {
                tags.put(key, value);
            }
            return this;
        }

        /** @return this, with the field unless {@code value} is {@code null} */
        public Builder field(String key, String value) {
            return put(key, value);
        }

        /** @return this, with the field */
        public Builder field(String key, long value) {
            return put(key, value);
        }

        /** @return this, with the field unless {@code value} is {@code null} */
        public Builder field(String key, Long value) {
            return put(key, value);
        }

        /** @return this, with the field */
        public Builder field(String key, double value) {
            return put(key, value);
        }

        /** @return this, with the field */
        public Builder field(String key, boolean value) {
            return put(key, value);
        }

        /** @return this, with the duration in seconds (nanosecond precision) unless it is {@code null} */
        public Builder seconds(String key, Duration duration) {
            return duration == null ? this : put(key, MetricPoint.seconds(duration));
        }

        /** @return the point */
        public MetricPoint build() {
            return new MetricPoint(measurement, tags, fields, time);
        }

        private Builder put(String key, Object value) {
            if (value != null) {
                fields.put(key, value);
            }
            return this;
        }
    }

    /** @return a duration in seconds, as a double */
    public static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }
}
