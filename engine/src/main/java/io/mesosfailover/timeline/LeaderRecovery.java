package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentReregistered;
import io.mesosfailover.event.AllocatorRecoveryCompleted;
import io.mesosfailover.event.AllocatorRecoverySkipped;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.MessageDroppedNotElected;
import io.mesosfailover.event.MessageDroppedNotRecovered;
import io.mesosfailover.event.RegistryRecovered;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A leader failover after the election: the new leader recovering its registry, dropping messages until it is
 * ready, its allocator coming back, its agents re-registering (N of M) and the frameworks known before subscribing
 * again (N of M). It is complete when the agents and the frameworks are all back; else it closes when the
 * re-registration timeout passes, at the next election, or at the end of the input.
 */
final class LeaderRecovery {

    /** What the failover was before the election: who led, its last sign, why it died, who is elected. */
    record Loss(String cluster, String oldLeader, Instant lastSign, String lastSignKind, String cause,
            String newLeader, Instant elected) {
    }

    /**
     * A recovery as the state keeps it (in the cluster's {@link LeaderState}).
     *
     * @param loss the failover before the election
     * @param mark the clock watch's mark at the old leader's loss
     * @param frameworksExpected the frameworks known before the failover
     * @param frameworksBack those back so far, in the order they came
     */
    record State(Loss loss, long mark, List<String> frameworksExpected, List<String> frameworksBack,
            Long agentsExpected, long agentsReregistered, Instant agentsBackAt, Instant deadline, long messagesDropped,
            Instant refusedUntil, Instant allocatorRecoveredAt, String allocatorRecovery) {

        /** Copies the lists. */
        State {
            frameworksExpected = List.copyOf(frameworksExpected);
            frameworksBack = List.copyOf(frameworksBack);
        }
    }

    private final Loss loss;
    private final long mark;
    private final ClockWatch clock;
    private final List<String> frameworksKnown;
    private final Set<String> frameworksExpected;
    private final List<String> frameworksBackInOrder = new ArrayList<>();
    private final Set<String> frameworksBack = new HashSet<>();
    private Long agentsExpected;
    private long agentsReregistered;
    private Instant agentsBackAt;
    private Instant deadline;
    private long messagesDropped;
    private Instant refusedUntil;
    private Instant allocatorRecoveredAt;
    private String allocatorRecovery;

    /**
     * @param mark the clock watch's mark at the old leader's loss
     * @param frameworksKnown the frameworks known before the failover
     * @param droppedBefore messages the new leader dropped before its election, since the loss
     * @param lastDroppedBefore the last of those, {@code null} when none
     */
    LeaderRecovery(Loss loss, long mark, ClockWatch clock, Set<String> frameworksKnown, long droppedBefore,
            Instant lastDroppedBefore) {
        this.loss = loss;
        this.mark = mark;
        this.clock = clock;
        this.frameworksKnown = List.copyOf(frameworksKnown);
        this.frameworksExpected = new HashSet<>(frameworksKnown);
        this.messagesDropped = droppedBefore;
        this.refusedUntil = lastDroppedBefore;
    }

    /** A recovery as it was kept. */
    LeaderRecovery(State saved, ClockWatch clock) {
        this(saved.loss(), saved.mark(), clock, new LinkedHashSet<>(saved.frameworksExpected()),
                saved.messagesDropped(), saved.refusedUntil());
        saved.frameworksBack().forEach(this::frameworkBack);
        this.agentsExpected = saved.agentsExpected();
        this.agentsReregistered = saved.agentsReregistered();
        this.agentsBackAt = saved.agentsBackAt();
        this.deadline = saved.deadline();
        this.allocatorRecoveredAt = saved.allocatorRecoveredAt();
        this.allocatorRecovery = saved.allocatorRecovery();
    }

    /** @return the recovery as the state keeps it */
    State state() {
        return new State(loss, mark, frameworksKnown, frameworksBackInOrder, agentsExpected, agentsReregistered,
                agentsBackAt, deadline, messagesDropped, refusedUntil, allocatorRecoveredAt, allocatorRecovery);
    }

    /** @return the host of the new leader, whose lines this recovery follows */
    String newLeader() {
        return loss.newLeader();
    }

    /** @return whether {@link #onEvent} takes this kind of event: the others leave the recovery as it is */
    static boolean takes(MesosEvent event) {
        return event instanceof RegistryRecovered || event instanceof AgentReregistered
                || event instanceof MessageDroppedNotElected || event instanceof MessageDroppedNotRecovered
                || event instanceof AllocatorRecoveryCompleted || event instanceof AllocatorRecoverySkipped;
    }

    /**
     * Takes one event of the new leader.
     *
     * @param reregisterTimeout the timeout to use when the registry line does not give one
     * @return whether the recovery is now complete
     */
    boolean onEvent(MesosEvent event, Duration reregisterTimeout) {
        if (event instanceof RegistryRecovered registryRecovered) {
            agentsExpected = registryRecovered.agentCount();
            Duration timeout = registryRecovered.reregisterTimeout();
            deadline = event.time().plus(timeout == null ? reregisterTimeout : timeout);
        } else if (event instanceof AgentReregistered) {
            if (agentsBackAt == null) {
                agentsReregistered++;
            }
        } else if (event instanceof MessageDroppedNotElected || event instanceof MessageDroppedNotRecovered) {
            messagesDropped++;
            refusedUntil = event.time();
        } else if (event instanceof AllocatorRecoveryCompleted || event instanceof AllocatorRecoverySkipped) {
            if (allocatorRecoveredAt == null) {
                allocatorRecoveredAt = event.time();
                allocatorRecovery = event instanceof AllocatorRecoveryCompleted ? "completed" : "skipped";
            }
        } else {
            return false;
        }
        if (agentsBackAt == null && agentsExpected != null && agentsReregistered >= agentsExpected) {
            agentsBackAt = event.time();
        }
        return isComplete();
    }

    /**
     * Counts a framework known before that registered or subscribed again with the new leader.
     *
     * @return whether the recovery is now complete
     */
    boolean frameworkBack(String frameworkId) {
        if (frameworksExpected.contains(frameworkId) && frameworksBack.add(frameworkId)) {
            frameworksBackInOrder.add(frameworkId);
        }
        return isComplete();
    }

    /** @return whether the re-registration deadline passed before {@code now} */
    boolean expiredBy(Instant now) {
        return deadline != null && deadline.isBefore(now);
    }

    LeaderFailover close() {
        Instant elected = loss.elected();
        boolean timesWentBack = clock.wentBackSince(mark) || elected.isBefore(loss.lastSign())
                || agentsBackAt != null && agentsBackAt.isBefore(elected);
        LeaderFailover.Readiness readiness = new LeaderFailover.Readiness(messagesDropped, refusedUntil,
                allocatorRecoveredAt, allocatorRecovery,
                frameworksExpected.isEmpty() ? null : (long) frameworksExpected.size(), frameworksBack.size());
        return new LeaderFailover(Incident.idOf(LeaderFailover.class, loss.newLeader(), elected), loss.cluster(),
                loss.oldLeader(), loss.lastSign(), loss.lastSignKind(), loss.newLeader(), elected, agentsExpected,
                agentsReregistered, agentsBackAt, loss.cause(), readiness, timesWentBack);
    }

    private boolean isComplete() {
        return agentsBackAt != null && frameworksBack.size() >= frameworksExpected.size();
    }
}
