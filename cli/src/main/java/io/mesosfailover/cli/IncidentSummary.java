package io.mesosfailover.cli;

import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.IncidentVisitor;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.util.Locale;

/**
 * What an incident is about and how it ended, in a few words, for the columns of reports.
 *
 * @param subject the agent ({@code host:port}), the masters, the region or the task
 * @param result the outcome, the verdict, {@code relaunched}, or {@code open}/{@code closed}
 */
record IncidentSummary(String subject, String result) {

    private static final IncidentVisitor<IncidentSummary> SUMMARY = new IncidentVisitor<>() {
        @Override
        public IncidentSummary visitAgentFailover(AgentFailover failover) {
            return new IncidentSummary(failover.agent().toString(), lower(failover.outcome()));
        }

        @Override
        public IncidentSummary visitTimeoutCompliance(TimeoutCompliance compliance) {
            String agent = compliance.agent() != null ? compliance.agent().toString()
                    : String.valueOf(compliance.agentId());
            return new IncidentSummary(agent, lower(compliance.verdict()));
        }

        @Override
        public IncidentSummary visitLeaderFailover(LeaderFailover failover) {
            return new IncidentSummary(failover.oldLeader() + " -> " + failover.newLeader(), openOrClosed(failover));
        }

        @Override
        public IncidentSummary visitLeaderlessPeriod(LeaderlessPeriod period) {
            return new IncidentSummary(String.join(" ", period.masters()), openOrClosed(period));
        }

        @Override
        public IncidentSummary visitRegionOutage(RegionOutage outage) {
            return new IncidentSummary(outage.region(), openOrClosed(outage));
        }

        @Override
        public IncidentSummary visitTaskRescheduling(TaskRescheduling rescheduling) {
            return new IncidentSummary(rescheduling.lostTaskId(),
                    rescheduling.relaunchedTaskId() == null ? "not_relaunched" : "relaunched");
        }
    };

    /** @return the summary of an incident */
    static IncidentSummary of(Incident incident) {
        return incident.accept(SUMMARY);
    }

    private static String openOrClosed(Incident incident) {
        return incident.end() == null ? "open" : "closed";
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
