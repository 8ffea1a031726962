package io.mesosfailover.cli.drill;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One thing a drill expects of the cluster, written in the drill file as a mapping with one key, its kind
 * ({@code - agent-failover: {agent: 10.0.19.8:5051, back-within: 5m}}). Definitions are in {@code docs/drills.md}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
    @JsonSubTypes.Type(value = AgentFailoverExpectation.class, name = "agent-failover"),
    @JsonSubTypes.Type(value = HealthChecksExpectation.class, name = "health-checks"),
    @JsonSubTypes.Type(value = LeaderFailoverExpectation.class, name = "leader-failover"),
    @JsonSubTypes.Type(value = NoLeaderlessPeriodExpectation.class, name = "no-leaderless-period"),
    @JsonSubTypes.Type(value = LeaderlessPeriodExpectation.class, name = "leaderless-period"),
    @JsonSubTypes.Type(value = RegionOutageExpectation.class, name = "region-outage"),
    @JsonSubTypes.Type(value = TasksRelaunchedExpectation.class, name = "tasks-relaunched")
})
public sealed interface Expectation permits AgentFailoverExpectation, HealthChecksExpectation,
        LeaderFailoverExpectation, NoLeaderlessPeriodExpectation, LeaderlessPeriodExpectation,
        RegionOutageExpectation, TasksRelaunchedExpectation {

    /** @return its kind, as the drill file names it (its name in {@link JsonSubTypes} above) */
    default String kind() {
        return ExpectationKinds.of(getClass());
    }

    /** @return the expectation in words, as the drill file states it */
    String describe();

    /** @return whether the incidents meet it, and which incident decided */
    ExpectationResult judge(DrillContext context);

    /** @return {@code value}, or 1 when not given: an expectation needs evidence unless told otherwise */
    static int atLeast(Integer value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException("at-least must not be negative: " + value);
        }
        return value == null ? 1 : value;
    }

    /** @return " of the subject" words: {@code " of 10.0.19.8:5051"}, {@code " in frankfurt"}, ... */
    static String subject(String agent, String region, String master) {
        return (agent == null ? "" : " " + agent) + (region == null ? "" : " in " + region)
                + (master == null ? "" : " seen by " + master);
    }
}
