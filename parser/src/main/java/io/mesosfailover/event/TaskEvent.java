package io.mesosfailover.event;

/** An event about a task: offers accepted, launches, status updates, removal and kill requests. */
public sealed interface TaskEvent extends MesosEvent
    permits OffersAccepted,
        TaskLaunching,
        StatusUpdateReceived,
        StatusUpdateForwarded,
        TaskStateUpdated,
        StatusUpdateSent,
        StatusUpdateDropped,
        TaskRemoved,
        TaskKillRequested,
        TaskKillImpossible,
        StatusUpdateIgnored,
        ReconciliationStateSent {
}
