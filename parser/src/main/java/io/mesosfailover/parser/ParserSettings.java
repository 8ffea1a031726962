package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How to read log lines that do not say everything themselves.
 *
 * @param cluster the cluster name every event is tagged with
 * @param host the master host when a file has no {@code Running on machine:} header, {@code null} for
 *     {@value #UNKNOWN_HOST}
 * @param zone the zone the masters' clocks were in (glog writes local time without a zone)
 * @param year the year of lines in files that carry no {@code Log file created at:} header and no dated Mesos id,
 *     {@code null} when unknown
 * @param date the date of lines that carry only a time of day, {@code null} to take it from the file
 * @param zoneGiven whether the user gave the zone; when not, a capture prefix with a zoned time (docker's, say) may
 *     tell it for its file
 */
public record ParserSettings(String cluster, String host, ZoneId zone, Integer year, LocalDate date,
        boolean zoneGiven) {

    /** The cluster name when none is given. */
    public static final String DEFAULT_CLUSTER = "default";
    /** The zone when none is given. */
    public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;
    /** The host of lines whose file names none. */
    public static final String UNKNOWN_HOST = "unknown";

    /** Checks the components. */
    public ParserSettings {
        requireNonNull(cluster, "cluster is null");
        requireNonNull(zone, "zone is null");
        if (cluster.isBlank()) {
            throw new IllegalArgumentException("cluster is blank");
        }
        if (year != null && (year < 1970 || year > 9999)) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** Settings whose zone is given. */
    public ParserSettings(String cluster, String host, ZoneId zone, Integer year, LocalDate date) {
        this(cluster, host, zone, year, date, true);
    }

    /** @return settings for the default cluster in UTC (unless a capture says otherwise) with nothing else known */
    public static ParserSettings defaults() {
        return new ParserSettings(DEFAULT_CLUSTER, null, DEFAULT_ZONE, null, null, false);
    }

    /** @return these settings with another year */
    public ParserSettings withYear(Integer otherYear) {
        return new ParserSettings(cluster, host, zone, otherYear, date, zoneGiven);
    }

    /** @return these settings with another cluster name */
    public ParserSettings withCluster(String otherCluster) {
        return new ParserSettings(otherCluster, host, zone, year, date, zoneGiven);
    }

    /** @return these settings with another zone, given by the user */
    public ParserSettings withZone(ZoneId otherZone) {
        return new ParserSettings(cluster, host, otherZone, year, date, true);
    }

    /** @return these settings with another default host */
    public ParserSettings withHost(String otherHost) {
        return new ParserSettings(cluster, otherHost, zone, year, date, zoneGiven);
    }
}
