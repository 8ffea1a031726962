package io.mesosfailover.cli.drill;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A moment as a drill file writes it: absolute ({@code 2021-03-09T14:10:00Z}, ISO-8601 with a zone or offset) or
 * relative to the first event of the logs ({@code +10m}, {@code +1h30m}).
 *
 * @param text as written
 * @param absolute the moment, {@code null} when relative
 * @param offset the time after the first event, {@code null} when absolute
 */
public record DrillTime(String text, Instant absolute, DrillDuration offset) {

    /** Checks that it is one or the other. */
    public DrillTime {
        requireNonNull(text, "text is null");
        if ((absolute == null) == (offset == null)) {
            throw new IllegalArgumentException("a time is absolute or relative: " + text);
        }
    }

    /**
     * @throws IllegalArgumentException when the text is neither
     */
    @JsonCreator
    public static DrillTime parse(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("+")) {
            try {
                return new DrillTime(trimmed, null, DrillDuration.parse(trimmed.substring(1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a time: '" + text + "' (after the first event: +90s, +10m)", e);
            }
        }
        try {
            return new DrillTime(trimmed, OffsetDateTime.parse(trimmed).toInstant(), null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time: '" + text + "' (write 2021-03-09T14:10:00Z, or +10m after"
                    + " the first event)", e);
        }
    }

    /** @return the moment, with relative times counted from {@code firstEvent} */
    public Instant resolve(Instant firstEvent) {
        return absolute != null ? absolute : firstEvent.plus(offset.duration());
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
