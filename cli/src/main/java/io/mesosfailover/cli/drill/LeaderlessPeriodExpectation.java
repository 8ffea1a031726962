package io.mesosfailover.cli.drill;

import io.mesosfailover.timeline.LeaderlessPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A drill that expects a failure: a leaderless period begins in the window, lasting at least a time and ending
 * within another: {@code leaderless-period: {between: [+49m, +51m], lasts-at-least: 60s, ends-within: 5m}}.
 *
 * @param master a master whose logs must show it, {@code null} for any
 * @param between when it began, {@code null} for the drill's window
 * @param lastsAtLeast how long it must last at least, {@code null} for any length
 * @param endsWithin how soon after its start a leader must be elected, {@code null} when it may stay open
 */
public record LeaderlessPeriodExpectation(String master, DrillWindow between, DrillDuration lastsAtLeast,
        DrillDuration endsWithin) implements Expectation {

    @Override
    public String describe() {
        List<String> terms = new ArrayList<>();
        if (lastsAtLeast != null) {
            terms.add("lasts at least " + lastsAtLeast);
        }
        if (endsWithin != null) {
            terms.add("ends within " + endsWithin);
        }
        return "a leaderless period" + (master == null ? "" : " seen by " + master)
                + (between == null ? "" : " beginning " + between)
                + (terms.isEmpty() ? " occurs" : " " + String.join(" and ", terms));
    }

    @Override
    public ExpectationResult judge(DrillContext context) {
        List<LeaderlessPeriod> matching = context.incidents().leaderlessPeriods().stream()
                .filter(period -> master == null || period.masters().contains(master))
                .filter(period -> context.inWindow(between, period.start())).collect(Collectors.toList());
        Judgement<LeaderlessPeriod> judgement = new Judgement<>(kind(), describe(), 1, "no leaderless period"
                + (master == null ? "" : " seen by " + master) + " " + context.windowText(between));
        return judgement.judge(matching, period -> failure(period, context),
                Comparator.comparing(period -> Judgement.lasted(period, context.lastEvent())));
    }

    private String failure(LeaderlessPeriod period, DrillContext context) {
        if (lastsAtLeast != null && Judgement.lasted(period, context.lastEvent())
                .compareTo(lastsAtLeast.duration()) < 0) {
            return "it lasted " + Judgement.seconds(period.duration()) + ", less than " + lastsAtLeast;
        }
        if (endsWithin != null && period.end() == null) {
            return "no leader was elected by the end of the logs";
        }
        if (endsWithin != null && period.duration().compareTo(endsWithin.duration()) > 0) {
            return "it lasted " + Judgement.seconds(period.duration()) + ", more than " + endsWithin;
        }
        return null;
    }
}
