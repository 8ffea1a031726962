package io.mesosfailover.timeline;

import java.time.Instant;
import java.util.List;

/**
 * What the leader tracker keeps of a cluster (slot {@link StateSlots#LEADER}, subject {@code ""}): who leads, the
 * loss not yet followed by an election, the leaderless period open, the recovery after the last election.
 *
 * @param leader the master leading, {@code null} when none is known to
 * @param electedAt when it was elected
 * @param electionMark the clock watch's mark then
 * @param lostLeader the leader lost and not yet succeeded, {@code null} when none
 * @param lossSign the last sign of that leader
 * @param lossSignKind what the sign was ({@code leadership-lost}, {@code last-line}, ...)
 * @param lossMark the clock watch's mark at the loss
 * @param leaderlessSince the start of the open leaderless period, {@code null} when none is open
 * @param leaderlessMark the clock watch's mark then
 * @param leaderlessEvidence the kinds of evidence of that period, in the order seen
 * @param leaderlessMasters the masters that saw it, in the order seen
 * @param recovery the recovery after the last election, {@code null} when none is open
 */
record LeaderState(String leader, Instant electedAt, long electionMark, String lostLeader, Instant lossSign,
        String lossSignKind, long lossMark, Instant leaderlessSince, long leaderlessMark,
        List<String> leaderlessEvidence, List<String> leaderlessMasters, LeaderRecovery.State recovery)
        implements StateRecord {

    /** Copies the lists. */
    LeaderState {
        leaderlessEvidence = List.copyOf(leaderlessEvidence);
        leaderlessMasters = List.copyOf(leaderlessMasters);
    }
}
