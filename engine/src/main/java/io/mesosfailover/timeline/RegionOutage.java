package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.AgentAddress;
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
 */
public record RegionOutage(String id, String cluster, String region, List<AgentAddress> agents, Instant start,
        Instant end) implements Incident {

    /** The JSON kind. */
    public static final String KIND = "region-outage";

    /** Checks and copies. */
    public RegionOutage {
        requireNonNull(id, "id is null");
        requireNonNull(cluster, "cluster is null");
        requireNonNull(region, "region is null");
        requireNonNull(start, "start is null");
        agents = List.copyOf(agents);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public <R> R accept(IncidentVisitor<R> visitor) {
        return visitor.visitRegionOutage(this);
    }
}
