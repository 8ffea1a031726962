package io.mesosfailover.cli.drill;

import io.mesosfailover.timeline.TimeoutCompliance;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every health-check action on the subject falls within its window ({@code within}, or the verdicts given):
 * {@code health-checks: {region: ireland}}.
 *
 * @param agent the agent's host:port (or host), {@code null} for any
 * @param region the agents' region, {@code null} for any
 * @param master the master that acted, {@code null} for any
 * @param between when the agents went silent, {@code null} for the drill's window
 * @param verdict the verdicts allowed, {@code within} when not given
 * @param atLeast how many verdicts there must be, {@code null} for one
 */
public record HealthChecksExpectation(String agent, String region, String master, DrillWindow between,
        List<TimeoutCompliance.Verdict> verdict, Integer atLeast) implements Expectation {

    /** Checks and copies. */
    public HealthChecksExpectation {
        verdict = verdict == null || verdict.isEmpty() ? List.of(TimeoutCompliance.Verdict.WITHIN)
                : List.copyOf(verdict);
        Expectation.atLeast(atLeast);
    }

    @Override
    public String describe() {
        return "every health-check action" + (agent == null ? "" : " on " + agent)
                + (region == null ? "" : " in " + region) + (master == null ? "" : " by " + master)
                + (between == null ? "" : " " + between) + " is " + verdict.stream()
                        .map(value -> value.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "))
                + (verdict.equals(List.of(TimeoutCompliance.Verdict.WITHIN)) ? " its window" : "");
    }

    @Override
    public ExpectationResult judge(DrillContext context) {
        List<TimeoutCompliance> matching = context.incidents().timeoutCompliance().stream()
                .filter(compliance -> compliance.check() == TimeoutCompliance.ComplianceCheck.HEALTH_CHECK)
                .filter(compliance -> context.isSubject(compliance.agent(), compliance.master(), agent, region,
                        master))
                .filter(compliance -> context.inWindow(between, compliance.silentSince())).collect(Collectors.toList());
        Judgement<TimeoutCompliance> judgement = new Judgement<>(kind(), describe(), Expectation.atLeast(atLeast),
                "no health-check verdict" + Expectation.subject(agent, region, master) + " "
                        + context.windowText(between));
        return judgement.judge(matching, compliance -> verdict.contains(compliance.verdict()) ? null
                : "the action was " + compliance.verdict().name().toLowerCase(Locale.ROOT),
                Comparator.comparing(compliance -> compliance.elapsed() == null ? Duration.ZERO
                        : compliance.elapsed()));
    }
}
