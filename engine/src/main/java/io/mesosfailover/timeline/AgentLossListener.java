package io.mesosfailover.timeline;

import java.io.Serializable;

/** Told when an agent is lost and when its failover closes; part of a timeline's saved state. */
interface AgentLossListener extends Serializable {

    /** @param agent the agent just lost */
    void lost(AgentLifecycle agent);

    /** @param failover the failover just closed by the agent's return */
    void recovered(AgentFailover failover);
}
