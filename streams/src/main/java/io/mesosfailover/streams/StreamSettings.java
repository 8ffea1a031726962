package io.mesosfailover.streams;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.timeline.TimelineSettings;
import java.time.Duration;

/**
 * What the {@code stream} application needs besides Kafka's own settings.
 *
 * @param parser zone and defaults for the parser (cluster, host and year come with each record)
 * @param timeline regions and thresholds of the timeline engine
 * @param lateness how long an event waits for older events of other masters (event time)
 * @param idleRelease how long the input must be quiet (wall-clock) before waiting events are released anyway
 * @param publishUnrecognized whether {@code unrecognized} events go to {@code mesos.events} too (they always go to
 *     the timelines; their lines stay on {@code mesos.log.lines})
 */
public record StreamSettings(ParserSettings parser, TimelineSettings timeline, Duration lateness,
        Duration idleRelease, boolean publishUnrecognized) {

    /** Default lateness between the masters of a cluster. */
    public static final Duration DEFAULT_LATENESS = Duration.ofSeconds(1);
    /** Default quiet time before waiting events are released. */
    public static final Duration DEFAULT_IDLE_RELEASE = Duration.ofMillis(500);

    /** Checks. */
    public StreamSettings {
        requireNonNull(parser, "parser is null");
        requireNonNull(timeline, "timeline is null");
        requireNonNull(lateness, "lateness is null");
        requireNonNull(idleRelease, "idleRelease is null");
        if (lateness.isNegative() || idleRelease.isNegative() || idleRelease.isZero()) {
            throw new IllegalArgumentException("lateness must be >= 0 and idle release > 0");
        }
    }

    /** Settings that keep unrecognized events off {@code mesos.events}. */
    public StreamSettings(ParserSettings parser, TimelineSettings timeline, Duration lateness, Duration idleRelease) {
        this(parser, timeline, lateness, idleRelease, false);
    }

    /** @return these settings, publishing unrecognized events or not */
    public StreamSettings withUnrecognizedPublished(boolean publish) {
        return new StreamSettings(parser, timeline, lateness, idleRelease, publish);
    }

    /** @return the defaults */
    public static StreamSettings defaults() {
        return new StreamSettings(ParserSettings.defaults(), TimelineSettings.DEFAULTS, DEFAULT_LATENESS,
                DEFAULT_IDLE_RELEASE);
    }
}
