package io.mesosfailover.timeline;

/**
 * One method per kind of {@link Incident}: whoever turns incidents into something (JSON, CSV, tables, metric
 * points, timelines) implements it, so a new kind of incident does not compile until every one of them handles it.
 *
 * @param <R> what a visit gives
 */
public interface IncidentVisitor<R> {

    /** @return the result for an agent failover */
    R visitAgentFailover(AgentFailover failover);

    /** @return the result for a timeout compliance verdict */
    R visitTimeoutCompliance(TimeoutCompliance compliance);

    /** @return the result for a leader failover */
    R visitLeaderFailover(LeaderFailover failover);

    /** @return the result for a leaderless period */
    R visitLeaderlessPeriod(LeaderlessPeriod period);

    /** @return the result for a region outage */
    R visitRegionOutage(RegionOutage outage);

    /** @return the result for a task rescheduling */
    R visitTaskRescheduling(TaskRescheduling rescheduling);
}
