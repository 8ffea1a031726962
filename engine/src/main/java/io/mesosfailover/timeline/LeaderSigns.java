package io.mesosfailover.timeline;

import io.mesosfailover.event.FrameworkAdded;
import io.mesosfailover.event.FrameworkAlreadySubscribed;
import io.mesosfailover.event.FrameworkEvent;
import io.mesosfailover.event.FrameworkFailedOver;
import io.mesosfailover.event.FrameworkIdReused;
import io.mesosfailover.event.FrameworkRegistering;
import io.mesosfailover.event.FrameworkRemoved;
import io.mesosfailover.event.FrameworkReregistering;
import io.mesosfailover.event.FrameworkReregistrationRequested;
import io.mesosfailover.event.MasterEvent;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.MessageDroppedNotElected;
import io.mesosfailover.event.MessageDroppedNotRecovered;
import io.mesosfailover.event.RegistrarAborting;
import io.mesosfailover.event.RegistrarOperationFailed;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the leader tracker gathers around an election: the frameworks the cluster knows, the messages each master
 * dropped before it was elected, and the registrar failure that ended a leader.
 */
final class LeaderSigns implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Frameworks remembered, at most (the oldest are forgotten first). */
    static final int MAX_FRAMEWORKS = 10_000;

    private final Set<String> frameworks = new LinkedHashSet<>();
    private final Map<String, Long> dropped = new HashMap<>();
    private final Map<String, Instant> lastDropped = new HashMap<>();
    private final Map<String, String> causes = new HashMap<>();

    /**
     * @param leader the master leading before this event, {@code null} when none is known to
     * @param lostLeader the leader lost and not yet succeeded, {@code null} when none
     */
    void onEvent(MesosEvent event, String leader, String lostLeader) {
        if (event instanceof FrameworkEvent) {
            onFrameworkEvent(event);
            return;
        }
        if (!(event instanceof MasterEvent || event instanceof RegistrarOperationFailed)) {
            return; // most lines: tasks, agents, known templates
        }
        String master = event.source().host();
        if ((event instanceof MessageDroppedNotElected || event instanceof MessageDroppedNotRecovered)
                && !master.equals(leader)) {
            dropped.merge(master, 1L, Long::sum);
            lastDropped.put(master, event.time());
        } else if (master.equals(leader) || master.equals(lostLeader)) {
            String cause = registrarFailure(event);
            if (cause != null) {
                causes.putIfAbsent(master, cause);
            }
        }
    }

    private void onFrameworkEvent(MesosEvent event) {
        String framework = resubscribedFramework(event);
        if (framework != null) {
            remember(framework);
        } else if (event instanceof FrameworkRemoved && ((FrameworkRemoved) event).frameworkId() != null) {
            frameworks.remove(((FrameworkRemoved) event).frameworkId());
        }
    }

    /** An election: what was gathered for it has been taken; the next one starts afresh. */
    void elected() {
        dropped.clear();
        lastDropped.clear();
        causes.clear();
    }

    /** @return the frameworks known now */
    Set<String> frameworks() {
        return frameworks;
    }

    /** @return the messages {@code master} dropped since the last election, before its own */
    long droppedBy(String master) {
        return dropped.getOrDefault(master, 0L);
    }

    /** @return the last of those, {@code null} when none */
    Instant lastDroppedBy(String master) {
        return lastDropped.get(master);
    }

    /** @return the registrar failure {@code master} logged while it led (or after its loss), {@code null} if none */
    String causeOf(String master) {
        return causes.get(master);
    }

    /**
     * @return the framework id of a line that shows a framework (re-)registering or (re-)subscribing, {@code null}
     *     for any other line
     */
    static String resubscribedFramework(MesosEvent event) {
        if (event instanceof FrameworkReregistering) {
            return ((FrameworkReregistering) event).frameworkId();
        } else if (event instanceof FrameworkReregistrationRequested) {
            return ((FrameworkReregistrationRequested) event).frameworkId();
        } else if (event instanceof FrameworkIdReused) {
            return ((FrameworkIdReused) event).frameworkId();
        } else if (event instanceof FrameworkFailedOver) {
            return ((FrameworkFailedOver) event).frameworkId();
        } else if (event instanceof FrameworkAlreadySubscribed) {
            return ((FrameworkAlreadySubscribed) event).frameworkId();
        } else if (event instanceof FrameworkAdded) {
            return ((FrameworkAdded) event).frameworkId();
        } else if (event instanceof FrameworkRegistering) {
            return ((FrameworkRegistering) event).frameworkId();
        }
        return null;
    }

    private void remember(String framework) {
        if (frameworks.remove(framework) || frameworks.size() < MAX_FRAMEWORKS) {
            frameworks.add(framework);
        } else {
            String oldest = frameworks.iterator().next();
            frameworks.remove(oldest);
            frameworks.add(framework);
        }
    }

    private static String registrarFailure(MesosEvent event) {
        if (event instanceof RegistrarOperationFailed) {
            RegistrarOperationFailed failed = (RegistrarOperationFailed) event;
            String operation = failed.operation() == null ? "update"
                    : failed.operation().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            String agent = failed.agentId() == null ? "" : " agent " + failed.agentId().value();
            return "registrar: failed to " + operation + agent + (failed.error() == null ? "" : ": " + failed.error());
        }
        if (event instanceof RegistrarAborting) {
            String reason = ((RegistrarAborting) event).reason();
            return "registrar aborting" + (reason == null ? "" : ": " + reason);
        }
        return null;
    }
}
