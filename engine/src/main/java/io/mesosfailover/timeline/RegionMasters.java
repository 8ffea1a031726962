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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The masters of a cluster as region outages see them: where each one is (by its address: {@code Master ... started
 * on}, its ZooKeeper group pid, or a file host that is an IP address), when it last logged, and its signs of going
 * down (ZooKeeper connection or session lost, leadership lost, a silence longer than the region window).
 */
final class RegionMasters {

    static final String SILENT = "silent";

    private final ClusterScope scope;
    private final RegionMap regions;

    RegionMasters(ClusterScope scope, RegionMap regions) {
        this.scope = scope;
        this.regions = regions;
    }

    /**
     * Notes one event of a master (after the clock watch noted it).
     *
     * @param leader the master leading before this event, {@code null} when none is known to
     * @param silence a gap between two lines of a master longer than this is a silence
     * @return the sign of going down this event gives, {@code null} when none: its own kind, or a silence that it
     *     ends (at the master's previous line)
     */
    RegionOutage.MasterDown observe(MesosEvent event, String leader, Duration silence) {
        String master = event.source().host();
        MasterState known = scope.clock().master(master);
        String region = known.region() != null ? known.region() : regions.regionOf(master);
        String placed = place(event);
        if (placed != null) {
            region = placed;
        }
        Instant previous = scope.clock().lastSeen(master, null);
        RegionOutage.MasterDown sign = null;
        if (isDownSign(event)) {
            sign = new RegionOutage.MasterDown(master, event.time(), EventJson.typeName(event.getClass()),
                    master.equals(leader));
        } else if (previous != null && longerThan(previous, event.time(), silence)) {
            sign = new RegionOutage.MasterDown(master, previous, SILENT, known.leading());
        }
        RegionOutage.MasterDown latest = sign != null ? sign : known.latestSign();
        boolean leading = master.equals(leader) || event instanceof LeaderElected;
        if (!Objects.equals(region, known.region()) || leading != known.leading() || latest != known.latestSign()) {
            scope.put(StateSlots.MASTER, master, known.withTrace(region, leading, latest));
        }
        return sign;
    }

    /** @return the region of a master, {@code null} when it is not placed */
    String regionOf(String master) {
        MasterState known = scope.clock().master(master);
        return known == null ? null : known.region();
    }

    /** @return the latest sign of each master of {@code region} */
    List<RegionOutage.MasterDown> latestSigns(String region) {
        List<RegionOutage.MasterDown> signs = new ArrayList<>();
        scope.forEach(StateSlots.MASTER, (master, known) -> {
            if (region.equals(known.region()) && known.latestSign() != null) {
                signs.add(known.latestSign());
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
        scope.forEach(StateSlots.MASTER, (master, known) -> {
            boolean inWindow = region.equals(known.region()) && !known.last().isBefore(from)
                    && !known.last().isAfter(to);
            if (inWindow && Duration.between(known.last(), now).compareTo(silence) > 0) {
                silent.add(new RegionOutage.MasterDown(master, known.last(), SILENT, known.leading()));
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

    /** @return the region of the address an event gives of its master, {@code null} when none */
    private String place(MesosEvent event) {
        String address = null;
        if (event instanceof MasterStarted masterStarted && masterStarted.address() != null) {
            address = masterStarted.address().host();
        } else if (event instanceof ZooKeeperConnected zooKeeperConnected) {
            address = hostOfPid(zooKeeperConnected.group());
        } else if (event instanceof ZooKeeperReconnected zooKeeperReconnected) {
            address = hostOfPid(zooKeeperReconnected.group());
        }
        return address == null ? null : regions.regionOf(address);
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
}
