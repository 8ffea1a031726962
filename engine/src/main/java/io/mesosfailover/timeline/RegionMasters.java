package io.mesosfailover.timeline;

import io.mesosfailover.event.EventJson;
import io.mesosfailover.event.LeaderElected;
import io.mesosfailover.event.LeadershipLost;
import io.mesosfailover.event.MasterStarted;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.ZooKeeperConnected;
import io.mesosfailover.event.ZooKeeperConnectionLost;
import io.mesosfailover.event.ZooKeeperReconnected;
import io.mesosfailover.event.ZooKeeperSessionExpired;
import io.mesosfailover.event.ZooKeeperSessionExpiryForced;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The masters of a cluster as region outages see them: where each one is (by its address: {@code Master ... started
 * on}, its ZooKeeper group pid, or a file host that is an IP address), when it last logged, and its signs of going
 * down (ZooKeeper connection or session lost, leadership lost, a silence longer than the region window).
 */
final class RegionMasters implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SILENT = "silent";

    private final RegionMap regions;
    private final Map<String, Trace> traces = new HashMap<>();

    RegionMasters(RegionMap regions) {
        this.regions = regions;
    }

    /**
     * Notes one event of a master.
     *
     * @param leader the master leading before this event, {@code null} when none is known to
     * @param silence a gap between two lines of a master longer than this is a silence
     * @return the sign of going down this event gives, {@code null} when none: its own kind, or a silence that it
     *     ends (at the master's previous line)
     */
    RegionOutage.MasterDown observe(MesosEvent event, String leader, Duration silence) {
        String master = event.source().host();
        Trace trace = traces.get(master);
        if (trace == null) {
            trace = new Trace(regions.regionOf(master));
            traces.put(master, trace);
        }
        place(trace, event);
        RegionOutage.MasterDown sign = null;
        if (isDownSign(event)) {
            sign = new RegionOutage.MasterDown(master, event.time(), EventJson.typeName(event.getClass()),
                    master.equals(leader));
        } else if (trace.lastSeen != null && longerThan(trace.lastSeen, event.time(), silence)) {
            sign = new RegionOutage.MasterDown(master, trace.lastSeen, SILENT, trace.leading);
        }
        if (sign != null) {
            trace.latestSign = sign;
        }
        trace.lastSeen = event.time();
        trace.leading = master.equals(leader) || event instanceof LeaderElected;
        return sign;
    }

    /** @return the region of a master, {@code null} when it is not placed */
    String regionOf(String master) {
        Trace trace = traces.get(master);
        return trace == null ? null : trace.region;
    }

    /** @return the latest sign of each master of {@code region} */
    List<RegionOutage.MasterDown> latestSigns(String region) {
        List<RegionOutage.MasterDown> signs = new ArrayList<>();
        traces.forEach((master, trace) -> {
            if (region.equals(trace.region) && trace.latestSign != null) {
                signs.add(trace.latestSign);
            }
        });
        return signs;
    }

    /**
     * @return the masters of {@code region} silent since a line in {@code [from, to]} and still silent at {@code now}
     *     for longer than {@code silence}
     */
    List<RegionOutage.MasterDown> silentSince(String region, Instant from, Instant to, Instant now, Duration silence) {
        List<RegionOutage.MasterDown> silent = new ArrayList<>();
        traces.forEach((master, trace) -> {
            boolean inWindow = region.equals(trace.region) && !trace.lastSeen.isBefore(from)
                    && !trace.lastSeen.isAfter(to);
            if (inWindow && Duration.between(trace.lastSeen, now).compareTo(silence) > 0) {
                silent.add(new RegionOutage.MasterDown(master, trace.lastSeen, SILENT, trace.leading));
            }
        });
        return silent;
    }

    /** @return whether {@code to} is more than {@code span} after {@code from}, without a Duration per event */
    private static boolean longerThan(Instant from, Instant to, Duration span) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        long nanos = to.getNano() - from.getNano();
        return seconds > span.getSeconds() + 1
                || seconds >= span.getSeconds() - 1 && Duration.ofSeconds(seconds, nanos).compareTo(span) > 0;
    }

    private void place(Trace trace, MesosEvent event) {
        String address = null;
        if (event instanceof MasterStarted && ((MasterStarted) event).address() != null) {
            address = ((MasterStarted) event).address().host();
        } else if (event instanceof ZooKeeperConnected) {
            address = hostOfPid(((ZooKeeperConnected) event).group());
        } else if (event instanceof ZooKeeperReconnected) {
            address = hostOfPid(((ZooKeeperReconnected) event).group());
        }
        String region = address == null ? null : regions.regionOf(address);
        if (region != null) {
            trace.region = region;
        }
    }

    /** @return the host of a pid such as {@code group(1)@10.0.19.5:5050}, {@code null} when it has none */
    static String hostOfPid(String pid) {
        if (pid == null) {
            return null;
        }
        int at = pid.indexOf('@');
        int colon = pid.lastIndexOf(':');
        return at < 0 || colon <= at + 1 ? null : pid.substring(at + 1, colon);
    }

    private static boolean isDownSign(MesosEvent event) {
        return event instanceof ZooKeeperConnectionLost || event instanceof ZooKeeperSessionExpired
                || event instanceof ZooKeeperSessionExpiryForced || event instanceof LeadershipLost;
    }

    /** Where a master is, when it last logged, whether it led then, its latest sign of going down. */
    private static final class Trace implements Serializable {

        private static final long serialVersionUID = 1L;

        private String region;
        private Instant lastSeen;
        private boolean leading;
        private RegionOutage.MasterDown latestSign;

        Trace(String region) {
            this.region = region;
        }
    }
}
