package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mesosfailover.event.ProcessAddress;
import java.time.Instant;
import java.util.List;

/**
 * Several agents of one region lost within a short window: one outage of the region, not unrelated failures.
 *
 * @param id the stable id
 * @param cluster the cluster
 * @param region the region, from the region map
 * @param agents the agents lost, in order of loss
 * @param start the first loss
 * @param end when the last of them was back, {@code null} while any is still lost
 * @param masters the masters of the region that went down within the window (lost their ZooKeeper connection or
 *     session, lost leadership, or went silent), in order of their sign
 * @param leaderDown whether the master leading at the time is among them
 * @param timesWentBack whether a master's clock went back while it was open, or its times are out of order
 */
public record RegionOutage(String id, String cluster, String region, List<ProcessAddress> agents, Instant start,
        Instant end, List<MasterDown> masters, boolean leaderDown,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean timesWentBack) implements Incident {

    /** Checks and copies. */
    public RegionOutage {
        requireNonNull(id, "id is null");
        requireNonNull(cluster, "cluster is null");
        requireNonNull(region, "region is null");
        requireNonNull(start, "start is null");
        agents = List.copyOf(agents);
        masters = List.copyOf(masters);
    }

    @Override
    public <R> R accept(IncidentVisitor<R> visitor) {
        return visitor.visitRegionOutage(this);
    }

    /**
     * A master of the region that went down in the outage.
     *
     * @param master the master host
     * @param at its first sign within the window
     * @param sign what it was: {@code zoo-keeper-connection-lost}, {@code zoo-keeper-session-expired},
     *     {@code zoo-keeper-session-expiry-forced}, {@code leadership-lost}, or {@code silent} (its last line
     *     before a silence longer than the window, or before the end of the input)
     * @param leading whether it was the leading master then
     */
    public record MasterDown(String master, Instant at, String sign, boolean leading) {

        /** Checks the components. */
        public MasterDown {
            requireNonNull(master, "master is null");
            requireNonNull(at, "at is null");
            requireNonNull(sign, "sign is null");
        }
    }
}
