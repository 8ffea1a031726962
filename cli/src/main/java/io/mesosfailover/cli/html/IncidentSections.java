package io.mesosfailover.cli.html;

import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.IncidentsByKind;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.TaskRescheduling;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.util.List;

/**
 * The sections of a report that show the incidents kind by kind, in the order the terminal report and the HTML page
 * both give them: agent failovers, timeout compliance, leaders, regions, tasks.
 */
public interface IncidentSections {

    /** Sorts the incidents by kind and writes each section, in order. */
    default void writeByKind(List<? extends Incident> incidents) {
        IncidentsByKind kinds = IncidentsByKind.of(incidents);
        agentFailovers(kinds.agentFailovers());
        compliance(kinds.timeoutCompliance());
        leaders(kinds.leaderFailovers(), kinds.leaderlessPeriods());
        regions(kinds.regionOutages());
        tasks(kinds.taskReschedulings());
    }

    /** Writes the agent failovers by outcome and the slowest of them. */
    void agentFailovers(List<AgentFailover> failovers);

    /** Writes the timeout compliance verdicts by check and verdict, and those not within their window. */
    void compliance(List<TimeoutCompliance> verdicts);

    /** Writes the leader failovers and the leaderless periods. */
    void leaders(List<LeaderFailover> failovers, List<LeaderlessPeriod> periods);

    /** Writes the region outages. */
    void regions(List<RegionOutage> outages);

    /** Writes the task reschedulings: how many, their latencies. */
    void tasks(List<TaskRescheduling> reschedulings);
}
