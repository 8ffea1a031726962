package io.mesosfailover.cli.drill;

import io.mesosfailover.timeline.LeaderFailover;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every leader failover has a gap of at most a time and all its agents re-registered within another:
 * {@code leader-failover: {gap-at-most: 30s, agents-back-within: 60s}}.
 *
 * @param master the new leader, {@code null} for any
 * @param between when the old leader was last seen leading, {@code null} for the drill's window
 * @param gapAtMost the longest gap allowed, {@code null} for no limit
 * @param agentsBackWithin the time after the election by which every agent of the registry must have re-registered,
 *     {@code null} for no such check
 * @param atLeast how many failovers there must be, {@code null} for one
 */
public record LeaderFailoverExpectation(String master, DrillWindow between, DrillDuration gapAtMost,
        DrillDuration agentsBackWithin, Integer atLeast) implements Expectation {

    /** Checks the components. */
    public LeaderFailoverExpectation {
        Expectation.atLeast(atLeast);
    }

    @Override
    public String describe() {
        return "leader failover" + (master == null ? "" : " to " + master) + (between == null ? "" : " " + between)
                + (gapAtMost == null ? "" : ": gap at most " + gapAtMost)
                + (agentsBackWithin == null ? "" : (gapAtMost == null ? ": " : ", ")
                        + "all agents re-registered within " + agentsBackWithin);
    }

    @Override
    public ExpectationResult judge(DrillContext context) {
        List<LeaderFailover> matching = context.incidents().leaderFailovers().stream()
                .filter(failover -> master == null || master.equals(failover.newLeader()))
                .filter(failover -> context.inWindow(between, failover.lastSign())).collect(Collectors.toList());
        Judgement<LeaderFailover> judgement = new Judgement<>(kind(), describe(), Expectation.atLeast(atLeast),
                "no leader failover" + (master == null ? "" : " to " + master) + " " + context.windowText(between));
        return judgement.judge(matching, this::failure, Comparator.comparing(LeaderFailover::gap));
    }

    private String failure(LeaderFailover failover) {
        if (gapAtMost != null && failover.gap().compareTo(gapAtMost.duration()) > 0) {
            return "the gap was " + Judgement.seconds(failover.gap()) + ", more than " + gapAtMost;
        }
        if (agentsBackWithin == null) {
            return null;
        }
        if (failover.recoveredAt() == null) {
            return failover.agentsReregistered() + " of " + (failover.agentsExpected() == null ? "?"
                    : failover.agentsExpected()) + " agents re-registered";
        }
        if (failover.recovery().compareTo(agentsBackWithin.duration()) > 0) {
            return "the agents were back after " + Judgement.seconds(failover.recovery()) + ", more than "
                    + agentsBackWithin;
        }
        return null;
    }
}
