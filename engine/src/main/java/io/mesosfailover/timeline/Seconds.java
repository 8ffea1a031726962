package io.mesosfailover.timeline;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

/** Durations as the reports and the JSON give them: seconds with microsecond precision, no trailing zeros. */
public final class Seconds {

    private Seconds() {
    }

    /** @return a duration in seconds with microsecond precision, {@code null} for {@code null} */
    public static BigDecimal of(Duration duration) {
        return duration == null ? null : BigDecimal.valueOf(duration.toNanos() / 1_000L, 6).stripTrailingZeros();
    }

    /** @return one named duration in seconds, for {@link Incident#durationsInSeconds()}; {@code null} kept */
    static Map<String, BigDecimal> named(String name, Duration duration) {
        return Collections.singletonMap(name, of(duration));
    }
}
