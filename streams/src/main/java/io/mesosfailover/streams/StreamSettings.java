package io.mesosfailover.streams;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.KnownTemplate;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Unrecognized;
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
 * @param publishNamed whether {@code known-template} events (lines of templates the timelines do not use: offers,
 *     allocation rounds, HTTP requests, ...) go to {@code mesos.events} too
 * @param publishUnrecognized whether {@code unrecognized} events go to {@code mesos.events} too
 *     <p>Both kinds always go to the timelines, and their lines stay on {@code mesos.log.lines}. They are most of a
 *     busy master's lines, so by default only the typed events are published.
 */
public record StreamSettings(ParserSettings parser, TimelineSettings timeline, Duration lateness,
        Duration idleRelease, boolean publishNamed, boolean publishUnrecognized) {

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

    /** Settings that publish only the typed events on {@code mesos.events}. */
    public StreamSettings(ParserSettings parser, TimelineSettings timeline, Duration lateness, Duration idleRelease) {
        this(parser, timeline, lateness, idleRelease, false, false);
    }

    /** @return these settings, publishing known-template events or not */
    public StreamSettings withNamedPublished(boolean publish) {
        return new StreamSettings(parser, timeline, lateness, idleRelease, publish, publishUnrecognized);
    }

    /** @return these settings, publishing unrecognized events or not */
    public StreamSettings withUnrecognizedPublished(boolean publish) {
        return new StreamSettings(parser, timeline, lateness, idleRelease, publishNamed, publish);
    }

    /** @return whether the event goes to {@code mesos.events} under these settings */
    public boolean publishes(MesosEvent event) {
        if (event instanceof KnownTemplate) {
            return publishNamed;
        }
        return publishUnrecognized || !(event instanceof Unrecognized);
    }

    /** @return the defaults */
    public static StreamSettings defaults() {
        return new StreamSettings(ParserSettings.defaults(), TimelineSettings.DEFAULTS, DEFAULT_LATENESS,
                DEFAULT_IDLE_RELEASE);
    }
}
