package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;

/**
 * The master logged {@code Flags at startup} (START-06).
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param flags flag name to value as logged, in the order of the line
 */
public record FlagsLogged(Instant time, SourceRef source, Map<String, String> flags) implements MasterEvent {
    /** Checks that the required components are present. */
    public FlagsLogged {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(flags, "flags is null");
        flags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flags));
    }
}
