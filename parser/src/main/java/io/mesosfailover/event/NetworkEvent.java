package io.mesosfailover.event;

/** A libprocess transport failure: links and sends that failed, sockets that could not be shut down. */
public sealed interface NetworkEvent extends MesosEvent
    permits LinkFailed,
        SendFailed,
        SocketShutdownFailed {
}
