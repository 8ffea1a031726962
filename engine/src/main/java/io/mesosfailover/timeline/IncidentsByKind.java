package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Incidents sorted into one list per kind, each in the order it was given: what reports that show each kind in a
 * section of its own start from. Built by an {@link IncidentVisitor}, so a new kind needs a list here first.
 *
 * @param agentFailovers the agent failovers
 * @param timeoutCompliance the timeout compliance verdicts
 * @param leaderFailovers the leader failovers
 * @param leaderlessPeriods the leaderless periods
 * @param regionOutages the region outages
 * @param taskReschedulings the task reschedulings
 */
public record IncidentsByKind(List<AgentFailover> agentFailovers, List<TimeoutCompliance> timeoutCompliance,
        List<LeaderFailover> leaderFailovers, List<LeaderlessPeriod> leaderlessPeriods,
        List<RegionOutage> regionOutages, List<TaskRescheduling> taskReschedulings) {

    /** Copies the lists. */
    public IncidentsByKind {
        agentFailovers = List.copyOf(requireNonNull(agentFailovers, "agentFailovers is null"));
        timeoutCompliance = List.copyOf(requireNonNull(timeoutCompliance, "timeoutCompliance is null"));
        leaderFailovers = List.copyOf(requireNonNull(leaderFailovers, "leaderFailovers is null"));
        leaderlessPeriods = List.copyOf(requireNonNull(leaderlessPeriods, "leaderlessPeriods is null"));
        regionOutages = List.copyOf(requireNonNull(regionOutages, "regionOutages is null"));
        taskReschedulings = List.copyOf(requireNonNull(taskReschedulings, "taskReschedulings is null"));
    }

    /** @return the incidents sorted by kind */
    public static IncidentsByKind of(List<? extends Incident> incidents) {
        Sorter sorter = new Sorter();
        incidents.forEach(incident -> incident.accept(sorter));
        return new IncidentsByKind(sorter.agentFailovers, sorter.timeoutCompliance, sorter.leaderFailovers,
                sorter.leaderlessPeriods, sorter.regionOutages, sorter.taskReschedulings);
    }

    private static final class Sorter implements IncidentVisitor<Void> {
        private final List<AgentFailover> agentFailovers = new ArrayList<>();
        private final List<TimeoutCompliance> timeoutCompliance = new ArrayList<>();
        private final List<LeaderFailover> leaderFailovers = new ArrayList<>();
        private final List<LeaderlessPeriod> leaderlessPeriods = new ArrayList<>();
        private final List<RegionOutage> regionOutages = new ArrayList<>();
        private final List<TaskRescheduling> taskReschedulings = new ArrayList<>();

        @Override
        public Void visitAgentFailover(AgentFailover failover) {
            agentFailovers.add(failover);
            return null;
        }

        @Override
        public Void visitTimeoutCompliance(TimeoutCompliance compliance) {
            timeoutCompliance.add(compliance);
            return null;
        }

        @Override
        public Void visitLeaderFailover(LeaderFailover failover) {
            leaderFailovers.add(failover);
            return null;
        }

        @Override
        public Void visitLeaderlessPeriod(LeaderlessPeriod period) {
            leaderlessPeriods.add(period);
            return null;
        }

        @Override
        public Void visitRegionOutage(RegionOutage outage) {
            regionOutages.add(outage);
            return null;
        }

        @Override
        public Void visitTaskRescheduling(TaskRescheduling rescheduling) {
            taskReschedulings.add(rescheduling);
            return null;
        }
    }
}
