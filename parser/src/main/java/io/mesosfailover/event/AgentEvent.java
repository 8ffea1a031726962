package io.mesosfailover.event;

/**
 * An event of an agent's lifecycle as the master saw it. The identity that survives removal and
 * re-registration is {@link #agent()} (host:port); {@link #agentId()} changes with every new registration.
 */
public sealed interface AgentEvent extends MesosEvent
    permits AgentRegistrationRequested,
        AgentRegistering,
        AgentAdded,
        AgentRegistered,
        AgentReregistrationRequested,
        AgentReregistered,
        AgentReregistrationRefused,
        AgentDisconnected,
        AgentDisconnecting,
        AgentDeactivating,
        AgentDeactivated,
        AgentHealthCheckActionScheduled,
        AgentHealthCheckTimedOut,
        AgentShutdownRequested,
        AgentHealthCheckActionCanceled,
        AgentRemoving,
        AgentRemoved,
        AgentMarkingUnreachable,
        AgentMarkedUnreachable,
        LostAgentNotified,
        AgentUnregistered,
        AgentMarkedGone {

    /** @return the agent id, or {@code null} when the line does not name it */
    AgentId agentId();

    /** @return the agent's host:port, or {@code null} when the line does not name it */
    AgentAddress agent();

    /** @return the agent's hostname as printed, or {@code null} */
    String hostname();
}
