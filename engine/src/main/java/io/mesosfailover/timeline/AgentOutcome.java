package io.mesosfailover.timeline;

/** How an agent failover ended. */
public enum AgentOutcome {
    /** The agent re-registered under its old id, without having been removed or marked unreachable. */
    REREGISTERED,
    /**
     * The agent registered under a new id without a health-check removal: a reboot that lost its id, also when the
     * master dropped the old registration because the same pid registered anew.
     */
    REPLACED,
    /** The master removed the agent (health check, unreachable, operator); it came back later under any id. */
    REMOVED_THEN_REJOINED,
    /** The master marked the agent unreachable (1.1+); it re-registered later. */
    UNREACHABLE_THEN_REREGISTERED,
    /** Still open at the end of the input. */
    NOT_RECOVERED
}
