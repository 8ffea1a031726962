package io.mesosfailover.timeline;

/** How an agent failover ended. */
public enum AgentOutcome {
    /** The agent re-registered under its old id, without having been removed or marked unreachable. */
    REREGISTERED,
    /** The agent registered under a new id without a health-check removal (a reboot that lost its id). */
    REPLACED,
    /** The master removed the agent (health check, or a new registration from the same pid); it came back later. */
    REMOVED_THEN_REJOINED,
    /** The master marked the agent unreachable (1.1+); it re-registered later. */
    UNREACHABLE_THEN_REREGISTERED,
    /** Still open at the end of the input. */
    NOT_RECOVERED
}
