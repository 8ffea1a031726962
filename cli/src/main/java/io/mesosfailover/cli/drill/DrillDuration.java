package io.mesosfailover.cli.drill;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as a drill file writes it: numbers with units, {@code 250ms}, {@code 60s}, {@code 10m}, {@code 1h30m},
 * {@code 2d}.
 *
 * @param text as written
 * @param duration its value
 */
public record DrillDuration(String text, Duration duration) {

    private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    private static final Pattern WHOLE = Pattern.compile("(?:\\d{1,9}(?:ms|s|m|h|d))+");

    /** Checks the components. */
    public DrillDuration {
        requireNonNull(text, "text is null");
        requireNonNull(duration, "duration is null");
    }

    /**
     * @throws IllegalArgumentException when the text is not a duration with units
     */
    @JsonCreator
    public static DrillDuration parse(String text) {
        String trimmed = text.strip();
        if (!WHOLE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (write it with units: 90s, 10m, 1h30m,"
                    + " 250ms)");
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(trimmed);
        while (part.find()) {
            total = total.plus(Long.parseLong(part.group(1)), unit(part.group(2)));
        }
        return new DrillDuration(trimmed, total);
    }

    /** @return the unit of a symbol {@link #PART} allows; a day is 24 hours */
    private static ChronoUnit unit(String symbol) {
        return switch (symbol) {
            case "ms" -> ChronoUnit.MILLIS;
            case "s" -> ChronoUnit.SECONDS;
            case "m" -> ChronoUnit.MINUTES;
            case "h" -> ChronoUnit.HOURS;
            default -> ChronoUnit.DAYS;
        };
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
