package io.mesosfailover.timeline;

import io.mesosfailover.event.EventJson;
import io.mesosfailover.event.LeaderDetected;
import io.mesosfailover.event.LeaderElected;
import io.mesosfailover.event.LeadershipLost;
import io.mesosfailover.event.MasterStarted;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.NewLeaderAnnounced;
import io.mesosfailover.event.NoLeaderElected;
import io.mesosfailover.event.ZooKeeperSessionExpired;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Leader failovers and leaderless periods, across the logs of all masters of a cluster. */
final class LeaderTracker {

    private final ClusterScope scope;
    private final Duration leaderlessThreshold;
    // the cluster's LeaderState, read once; every change is put back (see save)
    private String leader;
    private Instant electedAt;
    private String lostLeader;
    private Instant lossSign;
    private String lossSignKind;
    private Instant leaderlessSince;
    private final Set<String> leaderlessEvidence = new LinkedHashSet<>();
    private final Set<String> leaderlessMasters = new LinkedHashSet<>();
    private LeaderRecovery recovery;
    private final LeaderSigns signs;
    /** For the batch report only: not part of the saved state of the live path. */
    private LeaderHistory.Recorder history;
    private long lossMark;
    private long electionMark;
    private long leaderlessMark;
    private boolean changed;

    LeaderTracker(ClusterScope scope, Duration leaderlessThreshold) {
        this.scope = scope;
        this.leaderlessThreshold = leaderlessThreshold;
        this.signs = new LeaderSigns(scope);
        LeaderState saved = scope.get(StateSlots.LEADER, "");
        if (saved != null) {
            leader = saved.leader();
            electedAt = saved.electedAt();
            electionMark = saved.electionMark();
            lostLeader = saved.lostLeader();
            lossSign = saved.lossSign();
            lossSignKind = saved.lossSignKind();
            lossMark = saved.lossMark();
            leaderlessSince = saved.leaderlessSince();
            leaderlessMark = saved.leaderlessMark();
            leaderlessEvidence.addAll(saved.leaderlessEvidence());
            leaderlessMasters.addAll(saved.leaderlessMasters());
            recovery = saved.recovery() == null ? null : new LeaderRecovery(saved.recovery(), scope.clock());
        }
    }

    /** Puts the cluster's leader state back, when this event changed it. */
    private void save() {
        if (changed) {
            changed = false;
            scope.put(StateSlots.LEADER, "", new LeaderState(leader, electedAt, electionMark, lostLeader,
                    lossSign, lossSignKind, lossMark, leaderlessSince, leaderlessMark,
                    new ArrayList<>(leaderlessEvidence), new ArrayList<>(leaderlessMasters),
                    recovery == null ? null : recovery.state()));
        }
    }

    /** @return the master host leading now, {@code null} when none is known to */
    String leader() {
        return leader;
    }

    /**
     * @return since when no master is known to lead (the start of the leaderless period, else the sign that the
     *     leader was lost), {@code null} while one leads or before any was seen
     */
    Instant withoutLeaderSince() {
        return leader != null ? null : leaderlessSince != null ? leaderlessSince : lossSign;
    }

    /** @return when the current leader was elected, {@code null} when none leads */
    Instant electedAt() {
        return electedAt;
    }

    /** @return who led when, so far */
    LeaderHistory history() {
        return recorder().history(scope.cluster());
    }

    /** @return whether a clock went back since the current leader was elected, or {@code time} is before it */
    boolean timesWentBackSinceElection(Instant time) {
        return scope.clock().wentBackSince(electionMark) || time.isBefore(electedAt);
    }

    void onEvent(MesosEvent event, Consumer<Incident> out) {
        String master = event.source().host();
        Instant time = event.time();
        recorder().seen(master, event instanceof MasterStarted masterStarted && masterStarted.address() != null
                ? masterStarted.address().host() : null);
        signs.onEvent(event, leader, lostLeader);
        if (event instanceof LeaderElected) {
            elected(master, time, out);
        } else if (event instanceof LeadershipLost || event instanceof ZooKeeperSessionExpired) {
            if (master.equals(leader)) {
                lost(master, time, EventJson.typeName(event.getClass()));
            }
        } else if (event instanceof MasterStarted && master.equals(leader)) {
            lost(master, scope.clock().lastSeen(master, time), "last-line");
        } else if (isNoLeaderSign(event)) {
            noLeader(master, time, EventJson.typeName(event.getClass()));
        } else if (recovery != null && master.equals(leader)) {
            onRecoveryEvent(event, out);
        }
        save();
    }

    private void onRecoveryEvent(MesosEvent event, Consumer<Incident> out) {
        String framework = LeaderSigns.resubscribedFramework(event);
        boolean complete = framework != null ? recovery.frameworkBack(framework)
                : recovery.onEvent(event, scope.policyOf(event.source().host()).reregisterTimeout());
        changed |= framework != null || LeaderRecovery.takes(event);
        if (complete) {
            out.accept(recovery.close());
            recovery = null;
        }
    }

    /** Closes a recovery whose re-registration deadline passed before {@code now}. */
    void advanceTo(Instant now, Consumer<Incident> out) {
        if (recovery != null && recovery.expiredBy(now)) {
            out.accept(recovery.close());
            recovery = null;
            changed = true;
            save();
        }
    }

    void finish(Consumer<Incident> out) {
        if (recovery != null) {
            out.accept(recovery.close());
            recovery = null;
            changed = true;
        }
        if (leaderlessSince != null) {
            out.accept(leaderless(leaderlessSince, null));
        }
        save();
    }

    private void elected(String master, Instant time, Consumer<Incident> out) {
        changed = true;
        if (leader != null && !leader.equals(master)) {
            lost(leader, lossSign != null ? lossSign : scope.clock().lastSeen(leader, time),
                    lossSign != null ? lossSignKind : "last-line");
        }
        if (recovery != null) {
            out.accept(recovery.close());
            recovery = null;
        }
        if (lostLeader != null) {
            recovery = new LeaderRecovery(new LeaderRecovery.Loss(scope.cluster(), lostLeader, lossSign, lossSignKind,
                    signs.causeOf(lostLeader), master, time), lossMark, scope.clock(), signs.frameworks(),
                    signs.droppedBy(master), signs.lastDroppedBy(master));
            boolean longGap = Duration.between(lossSign, time).compareTo(threshold(master)) > 0;
            if (leaderlessSince == null && longGap) {
                leaderlessSince = lossSign;
                leaderlessMark = lossMark;
                leaderlessEvidence.add("leader-gap");
                leaderlessMasters.add(lostLeader);
            }
        }
        if (leaderlessSince != null) {
            leaderlessMasters.add(master);
            out.accept(leaderless(leaderlessSince, time));
        }
        signs.elected();
        leader = master;
        electedAt = time;
        recorder().elected(master, time);
        electionMark = scope.clock().mark();
        lostLeader = null;
        lossSign = null;
        lossSignKind = null;
    }

    private void lost(String master, Instant time, String kind) {
        changed = true;
        recorder().lost(master, time, kind);
        lostLeader = master;
        lossSign = time;
        lossSignKind = kind;
        lossMark = scope.clock().mark();
        leader = null;
        electedAt = null;
    }

    private void noLeader(String master, Instant time, String kind) {
        changed = true;
        if (leader != null && !leader.equals(master)) {
            lost(leader, scope.clock().lastSeen(leader, time), "last-line");
        }
        if (leaderlessSince == null) {
            leaderlessSince = lossSign != null ? lossSign : time;
            leaderlessMark = lossSign != null ? lossMark : scope.clock().mark();
        }
        leaderlessEvidence.add(kind);
        leaderlessMasters.add(master);
    }

    private LeaderlessPeriod leaderless(Instant start, Instant end) {
        changed = true;
        boolean timesWentBack = scope.clock().wentBackSince(leaderlessMark) || end != null && end.isBefore(start);
        String cluster = scope.cluster();
        LeaderlessPeriod period = new LeaderlessPeriod(Incident.idOf(LeaderlessPeriod.class, cluster, start), cluster,
                start, end, new ArrayList<>(leaderlessEvidence), new ArrayList<>(leaderlessMasters), timesWentBack);
        leaderlessSince = null;
        leaderlessEvidence.clear();
        leaderlessMasters.clear();
        return period;
    }

    private Duration threshold(String master) {
        return leaderlessThreshold != null ? leaderlessThreshold
                : scope.policyOf(master).zooKeeperSessionTimeout().multipliedBy(2);
    }

    private LeaderHistory.Recorder recorder() {
        if (history == null) {
            history = new LeaderHistory.Recorder();
        }
        return history;
    }

    private static boolean isNoLeaderSign(MesosEvent event) {
        return event instanceof NoLeaderElected
                || event instanceof LeaderDetected leaderDetected && leaderDetected.candidateId() == null
                || event instanceof NewLeaderAnnounced newLeaderAnnounced && newLeaderAnnounced.leader() == null;
    }
}
