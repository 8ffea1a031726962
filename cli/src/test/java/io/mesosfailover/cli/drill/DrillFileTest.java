package io.mesosfailover.cli.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesosfailover.timeline.AgentOutcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DrillFileTest {

    private static String drill(String expectations) {
        return "drill: test\nexpect:\n" + expectations;
    }

    @Test
    void shouldReadEveryKindOfExpectation() {
        // Given
        String text = "drill: all kinds\ndescription: every kind once\nbetween: [+1m, 2021-03-09T15:00:00Z]\n"
                + "expect:\n"
                + "  - agent-failover: {agent: 10.0.19.8:5051, back-within: 1h30m, outcome: Replaced}\n"
                + "  - health-checks: {region: ireland, verdict: [within, late], at-least: 0}\n"
                + "  - leader-failover: {master: m2, gap-at-most: 30s, agents-back-within: 60s}\n"
                + "  - no-leaderless-period: {longer-than: 250ms}\n"
                + "  - leaderless-period: {master: m1, lasts-at-least: 60s, ends-within: 5m}\n"
                + "  - region-outage: {region: frankfurt, ends-within: 10m, agents-at-least: 2}\n"
                + "  - tasks-relaunched: {application: web, within: 120s}\n";

        // When
        Drill drill = DrillFile.parse("all.yaml", text);

        // Then
        assertThat(drill.expect()).extracting(Expectation::kind).containsExactlyElementsOf(ExpectationKinds.NAMES);
        assertThat(drill.between().from().resolve(Instant.parse("2021-03-09T14:00:00Z")))
                .isEqualTo(Instant.parse("2021-03-09T14:01:00Z"));
        assertThat(drill.between().to().absolute()).isEqualTo(Instant.parse("2021-03-09T15:00:00Z"));
        AgentFailoverExpectation agent = (AgentFailoverExpectation) drill.expect().get(0);
        assertThat(agent.backWithin().duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(agent.outcome()).containsExactly(AgentOutcome.REPLACED);
        assertThat(((NoLeaderlessPeriodExpectation) drill.expect().get(3)).longerThan().duration())
                .isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void shouldNameTheLineAndColumnOfAnUnknownKey() {
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", drill("  - leader-failover:\n      gap-at-mst: 30s\n")))
                .isInstanceOf(DrillFileException.class)
                .hasMessageStartingWith("d.yaml:4:7: unknown key 'gap-at-mst'")
                .hasMessageContaining("known keys: agents-back-within, at-least, between, gap-at-most, master");
    }

    @Test
    void shouldNameTheLineAndColumnOfAnUnknownExpectation() {
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", drill("  - agent-fail:\n      agent: a:1\n")))
                .hasMessageStartingWith("d.yaml:3:5: unknown expectation 'agent-fail'")
                .hasMessageContaining("known: agent-failover, health-checks");
    }

    @Test
    void shouldNameTheLineAndColumnOfABadDuration() {
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", drill("  - no-leaderless-period:\n      longer-than: 60\n")))
                .hasMessageStartingWith("d.yaml:4:20: expected a duration with units (90s, 10m, 1h30m)");
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", drill("  - no-leaderless-period:\n      longer-than: 5 min\n")))
                .hasMessageStartingWith("d.yaml:4:20: ").hasMessageContaining("not a duration: '5 min'");
    }

    @Test
    void shouldNameTheLineAndColumnOfABadTime() {
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", "drill: t\nbetween: [+1m, yesterday]\nexpect:\n"
                + "  - no-leaderless-period: {longer-than: 1m}\n"))
                .hasMessageStartingWith("d.yaml:2:16: ").hasMessageContaining("not a time: 'yesterday'");
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", "drill: t\nbetween: [+1m]\nexpect:\n"
                + "  - no-leaderless-period: {longer-than: 1m}\n"))
                .hasMessageStartingWith("d.yaml:2:").hasMessageContaining("between takes two times");
    }

    @Test
    void shouldNameTheLineAndColumnOfAWrongType() {
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", drill("  - region-outage:\n      region: ireland\n"
                + "      at-least: many\n")))
                .hasMessageStartingWith("d.yaml:5:17: 'many' is not a whole number");
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", drill("  - agent-failover:\n      outcome: lost\n")))
                .hasMessageStartingWith("d.yaml:4:16: 'lost' is not one of: reregistered, replaced");
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", drill("  - region-outage: [ireland]\n")))
                .hasMessageStartingWith("d.yaml:3:").hasMessageContaining("expected");
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", "drill: t\nexpect: all\n"))
                .hasMessageStartingWith("d.yaml:2:9: expected an expectation: a mapping with one key, its kind");
    }

    @Test
    void shouldNameTheLineAndColumnOfAMissingValueAndOfBadYaml() {
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", drill("  - region-outage:\n      ends-within: 10m\n")))
                .hasMessageStartingWith("d.yaml:").hasMessageContaining("region is required");
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", "drill: t\n")).hasMessageStartingWith("d.yaml:2:1: ")
                .hasMessageContaining("expect needs at least one expectation");
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", "drill: [t\nexpect: x\n")).hasMessageStartingWith("d.yaml:");
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", "drill: a\ndrill: b\nexpect: []\n"))
                .hasMessageStartingWith("d.yaml:2:").hasMessageContaining("drill");
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", "")).hasMessageStartingWith("d.yaml:1:1: the file is empty");
    }

    @Test
    void shouldSayWhatIsNotYamlInOneLine() {
        assertThatThrownBy(() -> DrillFile.parse("d.yaml", "drill: t\nexpect: [\n"))
                .hasMessage("d.yaml:2:9: while parsing a flow node, expected the node content, but found '<stream end>'");
    }

    @Test
    void shouldReportAMissingFile() {
        assertThatThrownBy(() -> DrillFile.load(java.nio.file.Path.of("no-such-drill.yaml")))
                .hasMessage("no-such-drill.yaml: no such file");
    }
}
