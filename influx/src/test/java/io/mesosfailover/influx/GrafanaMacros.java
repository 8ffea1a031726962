package io.mesosfailover.influx;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: fills in an InfluxQL query the way Grafana's InfluxDB data source does before sending it:
 * {@code $timeFilter} (and {@code $__timeFilter}), {@code $__interval} and {@code $interval}, and template variables;
 * a variable inside a regular expression ({@code /^$agent$/}) is escaped for it, as Grafana does.
 */
final class GrafanaMacros {

    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");

    private GrafanaMacros() {
    }

    static String fill(String query, Instant from, Instant to, String interval, Map<String, String> variables) {
        String timeFilter = "time >= " + from.toEpochMilli() + "ms and time <= " + to.toEpochMilli() + "ms";
        String filled = query.replace("$__timeFilter", timeFilter).replace("$timeFilter", timeFilter)
                .replace("$__interval", interval).replace("$interval", interval);
        StringBuilder result = new StringBuilder();
        Matcher matcher = VARIABLE.matcher(filled);
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for $" + matcher.group(1) + " in " + query);
            }
            boolean inRegex = matcher.start() >= 2 && filled.startsWith("/^", matcher.start() - 2);
            matcher.appendReplacement(result, Matcher.quoteReplacement(inRegex ? escapeRegex(value) : value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** Grafana's {@code escapeRegex} for InfluxQL: every regular expression metacharacter gets a backslash. */
    static String escapeRegex(String value) {
        return value.replaceAll("[\\\\^$*+?.()|{}\\[\\]/]", "\\\\$0");
    }
}
