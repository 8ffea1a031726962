package io.mesosfailover.cli.drill;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.timeline.RegionOutage;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An outage of a region begins in the window and ends (its last agent back) within a time:
 * {@code region-outage: {region: frankfurt, ends-within: 10m}}.
 *
 * @param region the region
 * @param between when it began, {@code null} for the drill's window
 * @param endsWithin how long it may last, {@code null} for any length (but it must end)
 * @param agentsAtLeast how many agents it must have taken down at least, {@code null} for any number
 * @param atLeast how many such outages there must be, {@code null} for one
 */
public record RegionOutageExpectation(String region, DrillWindow between, DrillDuration endsWithin,
        Integer agentsAtLeast, Integer atLeast) implements Expectation {

    /** Checks the components. */
    public RegionOutageExpectation {
        requireNonNull(region, "region is required");
        Expectation.atLeast(atLeast);
    }

    @Override
    public String describe() {
        return "the " + region + " outage" + (between == null ? "" : " " + between)
                + (agentsAtLeast == null ? "" : " takes down at least " + agentsAtLeast + " agents and")
                + " ends" + (endsWithin == null ? "" : " within " + endsWithin);
    }

    @Override
    public ExpectationResult judge(DrillContext context) {
        List<RegionOutage> matching = context.incidents().regionOutages().stream()
                .filter(outage -> region.equals(outage.region()))
                .filter(outage -> context.inWindow(between, outage.start())).collect(Collectors.toList());
        Judgement<RegionOutage> judgement = new Judgement<>(kind(), describe(), Expectation.atLeast(atLeast),
                "no outage of " + region + " " + context.windowText(between));
        return judgement.judge(matching, this::failure,
                Comparator.comparing(outage -> Judgement.lasted(outage, context.lastEvent())));
    }

    private String failure(RegionOutage outage) {
        if (agentsAtLeast != null && outage.agents().size() < agentsAtLeast) {
            return "it took down " + outage.agents().size() + " agents";
        }
        if (outage.end() == null) {
            return "it had not ended by the end of the logs";
        }
        if (endsWithin != null && outage.duration().compareTo(endsWithin.duration()) > 0) {
            return "it lasted " + Judgement.seconds(outage.duration()) + ", more than " + endsWithin;
        }
        return null;
    }
}
