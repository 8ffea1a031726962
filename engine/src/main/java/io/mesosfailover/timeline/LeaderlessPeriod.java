package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A span in which no master led: the masters' logs show none elected (the study's semi-isolated scenario), or a
 * leader was lost and none was elected for longer than the configured threshold.
 *
 * @param id the stable id
 * @param cluster the cluster
 * @param start when the last leader was lost, or the first sign that none leads
 * @param end the next election, {@code null} when none came before the end of the input
 * @param evidence what showed that no master led: event types such as {@code no-leader-elected}
 * @param masters the master hosts whose logs show the span
 * @param timesWentBack whether a master's clock went back while it was open, or its times are out of order
 */
public record LeaderlessPeriod(String id, String cluster, Instant start, Instant end, List<String> evidence,
        List<String> masters, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean timesWentBack) implements Incident {

    /** Checks and copies. */
    public LeaderlessPeriod {
        requireNonNull(id, "id is null");
        requireNonNull(cluster, "cluster is null");
        requireNonNull(start, "start is null");
        evidence = List.copyOf(evidence);
        masters = List.copyOf(masters);
    }

    @Override
    public <R> R accept(IncidentVisitor<R> visitor) {
        return visitor.visitLeaderlessPeriod(this);
    }
}
