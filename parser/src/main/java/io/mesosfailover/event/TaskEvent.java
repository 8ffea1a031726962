package io.mesosfailover.event;

/** An event about a task: launches and status updates. */
public sealed interface TaskEvent extends MesosEvent
    permits TaskLaunching,
        StatusUpdateReceived,
        StatusUpdateSent {
}
