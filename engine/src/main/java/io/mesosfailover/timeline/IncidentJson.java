package io.mesosfailover.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mesosfailover.event.EventJson;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * The JSON form of incidents, the same for {@code analyze --format json} and the streaming path: {@code kind} and
 * {@code id} first, then the record's components, times in ISO-8601 with microseconds, and every duration also in
 * seconds ({@code downtime_s}, {@code gap_s}, {@code recovery_s}, {@code elapsed_s}, {@code duration_s}).
 */
public final class IncidentJson {

    private static final ObjectMapper MAPPER = EventJson.newMapper();

    private IncidentJson() {
    }

    /** @return the mapper incidents are written with */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @return an incident as a JSON object */
    public static ObjectNode toJson(Incident incident) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("kind", incident.kind());
        ObjectNode fields = MAPPER.valueToTree(incident);
        json.setAll(fields);
        incident.accept(new IncidentVisitor<Void>() {
            @Override
            public Void visitAgentFailover(AgentFailover failover) {
                putSeconds(json, "downtime_s", failover.downtime());
                return null;
            }

            @Override
            public Void visitTimeoutCompliance(TimeoutCompliance compliance) {
                putSeconds(json, "elapsed_s", compliance.elapsed());
                return null;
            }

            @Override
            public Void visitLeaderFailover(LeaderFailover failover) {
                putSeconds(json, "gap_s", failover.gap());
                putSeconds(json, "recovery_s", failover.recovery());
                putSeconds(json, "refusing_s", failover.refusing());
                putSeconds(json, "allocator_s", failover.allocatorRecovery());
                return null;
            }

            @Override
            public Void visitLeaderlessPeriod(LeaderlessPeriod period) {
                putSeconds(json, "duration_s", period.duration());
                return null;
            }

            @Override
            public Void visitRegionOutage(RegionOutage outage) {
                putSeconds(json, "duration_s", outage.duration());
                return null;
            }

            @Override
            public Void visitTaskRescheduling(TaskRescheduling rescheduling) {
                putSeconds(json, "duration_s", rescheduling.duration());
                return null;
            }
        });
        return json;
    }

    /** @return a duration in seconds with microsecond precision, {@code null} for {@code null} */
    public static BigDecimal seconds(Duration duration) {
        return duration == null ? null : BigDecimal.valueOf(duration.toNanos() / 1_000L, 6).stripTrailingZeros();
    }

    private static void putSeconds(ObjectNode json, String name, Duration duration) {
        if (duration == null) {
            json.putNull(name);
        } else {
            json.put(name, seconds(duration));
        }
    }
}
