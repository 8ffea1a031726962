package io.mesosfailover.cli.drill;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.timeline.LeaderlessPeriod;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * No leaderless period in the window lasts longer than a time (one still open lasts until the end of the logs):
 * {@code no-leaderless-period: {longer-than: 60s}}.
 *
 * @param between when the periods began, {@code null} for the drill's window
 * @param longerThan the longest period allowed
 */
public record NoLeaderlessPeriodExpectation(DrillWindow between, DrillDuration longerThan) implements Expectation {

    /** Checks the components. */
    public NoLeaderlessPeriodExpectation {
        requireNonNull(longerThan, "longer-than is required");
    }

    @Override
    public String describe() {
        return "no leaderless period" + (between == null ? "" : " " + between) + " is longer than " + longerThan;
    }

    @Override
    public ExpectationResult judge(DrillContext context) {
        List<LeaderlessPeriod> matching = context.incidents().leaderlessPeriods().stream()
                .filter(period -> context.inWindow(between, period.start())).collect(Collectors.toList());
        Judgement<LeaderlessPeriod> judgement = new Judgement<>(kind(), describe(), 0,
                "no leaderless period " + context.windowText(between));
        return judgement.judge(matching, period -> {
            boolean tooLong = Judgement.lasted(period, context.lastEvent()).compareTo(longerThan.duration()) > 0;
            String lasted = period.end() == null ? "was still open after "
                    + Judgement.seconds(Judgement.lasted(period, context.lastEvent()))
                    : "lasted " + Judgement.seconds(period.duration());
            return tooLong ? "one " + lasted : null;
        }, Comparator.comparing(period -> Judgement.lasted(period, context.lastEvent())));
    }
}
