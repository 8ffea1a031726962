package io.mesosfailover.event;

/** An event of a framework (scheduler) as the master saw it: registration, failover, removal. */
public sealed interface FrameworkEvent extends MesosEvent
    permits FrameworkRegistrationRequested,
        FrameworkRegistering,
        FrameworkSubscribing,
        FrameworkReregistrationRequested,
        FrameworkReregistering,
        FrameworkFailedOver,
        FrameworkIdReused,
        FrameworkDisconnected,
        FrameworkDisconnectionIgnored,
        FrameworkDisconnecting,
        FrameworkDeactivating,
        FrameworkDeactivated,
        FrameworkActivated,
        FrameworkAdded,
        FrameworkFailoverTimeoutArmed,
        FrameworkFailoverTimeoutInvalid,
        FrameworkFailoverTimedOut,
        FrameworkRemovedFromAgent,
        FrameworkRemoving,
        FrameworkRemoved,
        FrameworkUnregistered,
        FrameworkTeardown,
        StaleSchedulerRejected,
        ReconciliationPerformed,
        ReconciliationDropped,
        FrameworkAlreadySubscribed,
        FrameworkSubscriptionRefused,
        FrameworkInfoUpdateFailed,
        FrameworkInfoUpdated {
}
