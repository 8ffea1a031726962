package io.mesosfailover.event;

/**
 * A line that shows a framework (re-)registering or (re-)subscribing with the master: after a leader failover, the
 * sign that the framework found the new leader. A new such line joins this interface, and every reader of it.
 */
public sealed interface FrameworkSubscription extends FrameworkEvent
    permits FrameworkRegistering,
        FrameworkReregistrationRequested,
        FrameworkReregistering,
        FrameworkFailedOver,
        FrameworkIdReused,
        FrameworkAdded,
        FrameworkAlreadySubscribed {

    /** @return the framework's id */
    String frameworkId();
}
