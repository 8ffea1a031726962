package io.mesosfailover.cli;

import io.mesosfailover.parser.ParserSettings;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** The options that say what log lines do not say themselves; shared by every command that reads logs. */
final class ParserOptions {

    @Option(names = "--cluster", paramLabel = "NAME", defaultValue = ParserSettings.DEFAULT_CLUSTER,
            description = "Cluster name every event is tagged with (default: ${DEFAULT-VALUE}).")
    String cluster;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Master host for files without a 'Running on machine:' header.")
    String host;

    @Option(names = "--timezone", paramLabel = "ZONE",
            description = "Zone of the masters' clocks, e.g. Europe/Oslo (default: UTC, or the offset that a capture"
                + " prefix with a zoned time, such as docker's, shows against the glog time).")
    String timezone;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Year of lines in files that tell none (no 'Log file created at:' header, dated Mesos id or"
                + " dated capture prefix); without it, the year that puts a file's last line at or before its"
                + " modification time (today for stdin).")
    Integer year;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date of lines that carry only a time of day (excerpts such as hh:mm:ss.uuuuuu msg).")
    String date;

    /** @return the settings, or a {@link UserInputException} naming the bad option */
    ParserSettings toSettings() {
        ZoneId zone;
        try {
            zone = timezone == null ? ParserSettings.DEFAULT_ZONE : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new UserInputException("--timezone: unknown zone '" + timezone + "'", e);
        }
        LocalDate day = null;
        if (date != null) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeException e) {
                throw new UserInputException("--date: not a date of the form YYYY-MM-DD: '" + date + "'", e);
            }
        }
        try {
            return new ParserSettings(cluster, host, zone, year, day, timezone != null);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
