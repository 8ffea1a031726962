package io.mesosfailover.parser.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the values as Mesos's stout library prints them: durations ({@code 15secs}, {@code 26.39801ms}) and flags. */
public final class StoutValues {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|ms|secs|mins|hrs|days|weeks)");
    private static final Pattern FLAG = Pattern.compile("--([a-z0-9_]+)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOLERANT_FLAG = Pattern.compile("--([a-z0-9_]+)=(\"[^\"]*\"?|\\S*)");

    private StoutValues() {
    }

    /**
     * Reads a stout duration.
     *
     * @throws IllegalArgumentException when the text is not one
     */
    public static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "'");
        }
        BigDecimal amount = new BigDecimal(matcher.group(1));
        long nanosPerUnit;
        switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "ns":
                nanosPerUnit = 1L;
                break;
            case "us":
                nanosPerUnit = 1_000L;
                break;
            case "ms":
                nanosPerUnit = 1_000_000L;
                break;
            case "secs":
                nanosPerUnit = 1_000_000_000L;
                break;
            case "mins":
                nanosPerUnit = 60_000_000_000L;
                break;
            case "hrs":
                nanosPerUnit = 3_600_000_000_000L;
                break;
            case "days":
                nanosPerUnit = 86_400_000_000_000L;
                break;
            default:
                nanosPerUnit = 604_800_000_000_000L;
        }
        return Duration.ofNanos(amount.multiply(BigDecimal.valueOf(nanosPerUnit)).longValueExact());
    }

    /**
     * Reads {@code --name="value" --name2="value2"} into an ordered map; values with stray quotes are read
     * tolerantly rather than lost.
     */
    public static Map<String, String> flags(String text) {
        Map<String, String> flags = new LinkedHashMap<>();
        Matcher strict = FLAG.matcher(text);
        int end = 0;
        while (strict.find() && strict.start() >= end) {
            flags.put(strict.group(1), strict.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
            end = strict.end();
        }
        if (end < text.strip().length()) {
            Matcher tolerant = TOLERANT_FLAG.matcher(text.substring(end));
            while (tolerant.find()) {
                String value = tolerant.group(2);
                if (value.startsWith("\"")) {
                    value = value.substring(1, value.endsWith("\"") && value.length() > 1 ? value.length() - 1
                            : value.length());
                }
                flags.putIfAbsent(tolerant.group(1), value);
            }
        }
        return flags;
    }
}
