package io.mesosfailover.cli.drill;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.timeline.TaskRescheduling;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every task lost in the window (on the subject agents, of the application) is relaunched within a time:
 * {@code tasks-relaunched: {within: 120s}}.
 *
 * @param agent the agent the tasks were lost on (host:port or host), {@code null} for any
 * @param region the region of that agent, {@code null} for any
 * @param application the application (the task id up to its last dot), {@code null} for any
 * @param between when the tasks were lost, {@code null} for the drill's window
 * @param within the longest rescheduling latency allowed
 * @param atLeast how many lost tasks there must be, {@code null} for one
 */
public record TasksRelaunchedExpectation(String agent, String region, String application, DrillWindow between,
        DrillDuration within, Integer atLeast) implements Expectation {

    /** Checks the components. */
    public TasksRelaunchedExpectation {
        requireNonNull(within, "within is required");
        Expectation.atLeast(atLeast);
    }

    @Override
    public String describe() {
        return "tasks" + (application == null ? "" : " of " + application) + " lost"
                + (agent == null ? "" : " on " + agent) + Expectation.subject(null, region, null)
                + (between == null ? "" : " " + between) + " are relaunched within " + within;
    }

    @Override
    public ExpectationResult judge(DrillContext context) {
        List<TaskRescheduling> matching = context.incidents().taskReschedulings().stream()
                .filter(task -> application == null || application.equals(task.application()))
                .filter(task -> agent == null && region == null || context.isAgent(task.lostOn(), agent, region))
                .filter(task -> context.inWindow(between, task.lostAt())).collect(Collectors.toList());
        Judgement<TaskRescheduling> judgement = new Judgement<>(kind(), describe(), Expectation.atLeast(atLeast),
                "no task lost " + context.windowText(between));
        return judgement.judge(matching, task -> {
            if (task.relaunchedAt() == null) {
                return "not relaunched by the end of the logs";
            }
            return task.duration().compareTo(within.duration()) > 0 ? "relaunched after "
                    + Judgement.seconds(task.duration()) + ", more than " + within : null;
        }, Comparator.comparing(task -> Judgement.lasted(task, context.lastEvent())));
    }
}
