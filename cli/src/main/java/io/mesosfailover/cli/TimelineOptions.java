package io.mesosfailover.cli;

import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options of the timeline engine shared by {@code analyze} and {@code stream}: regions and the region window. */
final class TimelineOptions {

    /** The widest region window: a year (a wider one could overflow the times it is added to). */
    static final long MAX_REGION_WINDOW_SECONDS = 366L * 24 * 3600;

    @Option(names = "--regions", paramLabel = "FILE", description = "YAML map of region name to CIDR blocks.")
    Path regions;

    @Option(names = "--region-window", paramLabel = "SECONDS",
            description = "Agents of one region lost within this many seconds form one outage (default: twice the"
                + " ping timeout the master logged).")
    Long regionWindowSeconds;

    /** @return the settings, or a {@link UserInputException} naming the bad option */
    TimelineSettings toSettings() {
        TimelineSettings settings = TimelineSettings.DEFAULTS;
        if (regions != null) {
            try {
                settings = settings.withRegions(RegionMap.load(regions));
            } catch (NoSuchFileException e) {
                throw new UserInputException("--regions: no such file: " + regions, e);
            } catch (IllegalArgumentException | IOException e) {
                throw new UserInputException("--regions: " + e.getMessage(), e);
            }
        }
        if (regionWindowSeconds != null) {
            if (regionWindowSeconds < 0 || regionWindowSeconds > MAX_REGION_WINDOW_SECONDS) {
                throw new UserInputException("--region-window must be between 0 and " + MAX_REGION_WINDOW_SECONDS
                        + " seconds (a year), not " + regionWindowSeconds);
            }
            settings = new TimelineSettings(settings.regions(), Duration.ofSeconds(regionWindowSeconds),
                    settings.regionMinimumAgents(), settings.leaderlessThreshold());
        }
        return settings;
    }
}
