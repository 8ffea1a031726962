package io.mesosfailover.cli.drill;

import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.AgentOutcome;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An agent (or every agent of a region, or seen by a master) lost in the window is back within a time, with one of
 * the outcomes given: {@code agent-failover: {agent: 192.168.187.205:5051, between: [+9m, +11m], back-within: 60s,
 * outcome: replaced}}.
 *
 * @param agent the agent's host:port (or host), {@code null} for any
 * @param region the agents' region, {@code null} for any
 * @param master the master that saw the failover, {@code null} for any
 * @param between when the failovers began, {@code null} for the drill's window
 * @param backWithin the longest downtime allowed, {@code null} for no limit (but it must be back)
 * @param outcome the outcomes allowed, empty for any
 * @param atLeast how many such failovers there must be, {@code null} for one
 */
public record AgentFailoverExpectation(String agent, String region, String master, DrillWindow between,
        DrillDuration backWithin, List<AgentOutcome> outcome, Integer atLeast) implements Expectation {

    /** Checks and copies. */
    public AgentFailoverExpectation {
        outcome = outcome == null ? List.of() : List.copyOf(outcome);
        Expectation.atLeast(atLeast);
    }

    @Override
    public String describe() {
        String outcomes = outcome.stream().map(value -> value.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" or "));
        boolean one = agent != null;
        return (one ? "agent" : "agents") + Expectation.subject(agent, region, master) + " lost"
                + (between == null ? "" : " ") + (between == null ? "" : between.toString()) + (one ? " is back" : " are back")
                + (backWithin == null ? "" : " within " + backWithin) + (outcomes.isEmpty() ? "" : " as " + outcomes);
    }

    @Override
    public ExpectationResult judge(DrillContext context) {
        List<AgentFailover> matching = context.incidents().agentFailovers().stream()
                .filter(failover -> context.isSubject(failover.agent(), failover.master(), agent, region, master))
                .filter(failover -> context.inWindow(between, failover.lostAt())).collect(Collectors.toList());
        Judgement<AgentFailover> judgement = new Judgement<>(kind(), describe(), Expectation.atLeast(atLeast),
                "no agent failover" + Expectation.subject(agent, region, master) + " began "
                        + context.windowText(between));
        return judgement.judge(matching, this::failure,
                Comparator.comparing(failover -> Judgement.lasted(failover, context.lastEvent())));
    }

    private String failure(AgentFailover failover) {
        if (failover.recoveredAt() == null) {
            return "not back by the end of the logs";
        }
        if (backWithin != null && failover.downtime().compareTo(backWithin.duration()) > 0) {
            return "back after " + Judgement.seconds(failover.downtime()) + ", more than " + backWithin;
        }
        if (!outcome.isEmpty() && !outcome.contains(failover.outcome())) {
            return "back as " + failover.outcome().name().toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
