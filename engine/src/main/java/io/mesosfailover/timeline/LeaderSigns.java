package io.mesosfailover.timeline;

import io.mesosfailover.event.FrameworkEvent;
import io.mesosfailover.event.FrameworkRemoved;
import io.mesosfailover.event.FrameworkSubscription;
import io.mesosfailover.event.MasterEvent;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.MessageDroppedNotElected;
import io.mesosfailover.event.MessageDroppedNotRecovered;
import io.mesosfailover.event.RegistrarAborting;
import io.mesosfailover.event.RegistrarOperationFailed;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the leader tracker gathers around an election: the frameworks the cluster knows, the messages each master
 * dropped before it was elected, and the registrar failure that ended a leader.
 */
final class LeaderSigns {

    /** Frameworks remembered, at most (the oldest are forgotten first). */
    static final int MAX_FRAMEWORKS = 10_000;

    private final ClusterScope scope;
    private final RememberedKeys frameworks;

    LeaderSigns(ClusterScope scope) {
        this.scope = scope;
        this.frameworks = new RememberedKeys(scope, StateSlots.FRAMEWORK_ORDER, MAX_FRAMEWORKS);
    }

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
            MasterState known = scope.clock().master(master);
            scope.put(StateSlots.MASTER, master, known.withDropped(known.dropped() + 1, event.time()));
        } else if (master.equals(leader) || master.equals(lostLeader)) {
            String cause = registrarFailure(event);
            MasterState known = scope.clock().master(master);
            if (cause != null && known.cause() == null) {
                scope.put(StateSlots.MASTER, master, known.withCause(cause));
            }
        }
    }

    private void onFrameworkEvent(MesosEvent event) {
        String framework = resubscribedFramework(event);
        if (framework != null) {
            StateSlots.Order known = scope.get(StateSlots.FRAMEWORK, framework);
            long order = frameworks.remember(framework, known == null ? null : known.value(), true,
                    forgotten -> scope.remove(StateSlots.FRAMEWORK, forgotten));
            scope.put(StateSlots.FRAMEWORK, framework, new StateSlots.Order(order));
        } else if (event instanceof FrameworkRemoved frameworkRemoved && frameworkRemoved.frameworkId() != null) {
            String removed = frameworkRemoved.frameworkId();
            StateSlots.Order known = scope.get(StateSlots.FRAMEWORK, removed);
            if (known != null) {
                frameworks.forget(known.value());
                scope.remove(StateSlots.FRAMEWORK, removed);
            }
        }
    }

    /** An election: what was gathered for it has been taken; the next one starts afresh. */
    void elected() {
        scope.forEach(StateSlots.MASTER, (master, known) -> {
            if (known.dropped() != 0 || known.lastDropped() != null || known.cause() != null) {
                scope.put(StateSlots.MASTER, master, known.withDropped(0, null).withCause(null));
            }
        });
    }

    /** @return the frameworks known now */
    Set<String> frameworks() {
        Set<String> known = new HashSet<>();
        scope.forEach(StateSlots.FRAMEWORK, (framework, order) -> known.add(framework));
        return known;
    }

    /** @return the messages {@code master} dropped since the last election, before its own */
    long droppedBy(String master) {
        MasterState known = scope.clock().master(master);
        return known == null ? 0 : known.dropped();
    }

    /** @return the last of those, {@code null} when none */
    Instant lastDroppedBy(String master) {
        MasterState known = scope.clock().master(master);
        return known == null ? null : known.lastDropped();
    }

    /** @return the registrar failure {@code master} logged while it led (or after its loss), {@code null} if none */
    String causeOf(String master) {
        MasterState known = scope.clock().master(master);
        return known == null ? null : known.cause();
    }

    /**
     * @return the framework id of a line that shows a framework (re-)registering or (re-)subscribing, {@code null}
     *     for any other line
     */
    static String resubscribedFramework(MesosEvent event) {
        return event instanceof FrameworkSubscription subscription ? subscription.frameworkId() : null;
    }

    private static String registrarFailure(MesosEvent event) {
        if (event instanceof RegistrarOperationFailed failed) {
            String operation = failed.operation() == null ? "update"
                    : failed.operation().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            String agent = failed.agentId() == null ? "" : " agent " + failed.agentId().value();
            return "registrar: failed to " + operation + agent + (failed.error() == null ? "" : ": " + failed.error());
        }
        if (event instanceof RegistrarAborting registrarAborting) {
            String reason = registrarAborting.reason();
            return "registrar aborting" + (reason == null ? "" : ": " + reason);
        }
        return null;
    }
}
