package io.mesosfailover.event;

/** An event of a framework (scheduler) as the master saw it: registration, failover, removal. */
public sealed interface FrameworkEvent extends MesosEvent
    permits FrameworkSubscription,
        FrameworkRegistrationRequested,
        FrameworkSubscribing,
        FrameworkDisconnected,
        FrameworkDisconnectionIgnored,
        FrameworkDisconnecting,
        FrameworkDeactivating,
        FrameworkDeactivated,
        FrameworkActivated,
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
        FrameworkSubscriptionRefused,
        FrameworkInfoUpdateFailed,
        FrameworkInfoUpdated {
}
