package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The master logged one of these (grammar label {@code #flagsLogged}):
 * {@code 'Flags' 'at' 'startup' ':' flags=text?}
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param flags flag name to value, in the order of the line, {@code null} when the line has none
 */
public record FlagsLogged(Instant time, SourceRef source, Map<String, String> flags)
        implements MasterEvent {
    /** Checks the required components and copies the mutable ones. */
    public FlagsLogged {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        flags = flags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    }
}
