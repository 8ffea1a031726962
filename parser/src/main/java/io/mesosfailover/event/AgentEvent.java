package io.mesosfailover.event;

/**
 * An event of an agent's lifecycle as the master saw it. The identity that survives removal and
 * re-registration is {@link #agent()} (host:port); {@link #agentId()} changes with every new registration.
 * Each accessor returns {@code null} when the line does not name that part.
 */
public sealed interface AgentEvent extends MesosEvent
    permits AgentRegistrationRequested,
        AgentRegistering,
        AgentAdded,
        AgentRegistered,
        AllocatorAgentAdded,
        AgentAlreadyRegistered,
        StaleAgentRemoved,
        AgentReregistrationRequested,
        AgentReregistering,
        AgentReregistered,
        AgentReactivating,
        DuplicateReregistrationIgnored,
        AgentReregistrationRefused,
        AgentReadmissionRefused,
        AgentAddressChangeRefused,
        AgentDisconnected,
        AgentDisconnecting,
        AgentDeactivating,
        AgentDeactivated,
        AgentReactivated,
        NonCheckpointingAgentRemoved,
        NonCheckpointingFrameworkRemoved,
        DuplicateExitedIgnored,
        AgentHealthCheckActionScheduled,
        AgentHealthCheckTimedOut,
        AgentShutdownRequested,
        AgentHealthCheckActionCanceled,
        UnknownAgentShutdownSkipped,
        AgentRemoving,
        AgentRemoved,
        AgentRemovalIgnored,
        AllocatorAgentRemoved,
        AgentMarkingUnreachable,
        AgentMarkedUnreachable,
        UnreachableTransitionSkipped,
        NonPartitionAwareFrameworkShutDown,
        FrameworkRecoveredFromAgent,
        AgentReregisterTimeoutScheduled,
        RecoveredAgentReregisterTimedOut,
        RecoveredAgentRemovalScheduled,
        RecoveredAgentRemovalCanceled,
        LostAgentNotified,
        AgentUnregistered,
        AgentMarkedGone,
        GoneAgentRefused,
        AgentStatusUpdateIgnored,
        OrphanTaskFound,
        AgentReregistrationDropped,
        AgentAdmitted,
        AgentReadmitting,
        AgentReadmitted,
        AgentRegistryConsulted,
        UnreachableTransitionCanceled,
        RegistrarOperationFailed,
        RegistryGarbageCollectionFailed,
        AgentRegistrationIgnored,
        AgentReregistrationIgnored,
        AgentRegistrationRefused,
        AgentReregistrationRejected,
        AgentNotAdmitted,
        AgentUnregistrationIgnored,
        AgentIdReused,
        AgentRegistryUpdated {

    /** @return the agent id, or {@code null} when the line does not name it */
    AgentId agentId();

    /** @return the agent's host:port, or {@code null} when the line does not name it */
    ProcessAddress agent();

    /** @return the agent's hostname as printed, or {@code null} */
    String hostname();
}
