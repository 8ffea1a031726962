package io.mesosfailover.timeline;

/** Told when an agent is lost and when its failover closes. */
interface AgentLossListener {

    /** @param agent the agent just lost */
    void lost(AgentState.Down agent);

    /** @param failover the failover just closed by the agent's return */
    void recovered(AgentFailover failover);
}
