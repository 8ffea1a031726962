package io.mesosfailover.parser.internal;

import io.mesosfailover.grammar.MesosMasterParser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.atn.WildcardTransition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The first two tokens every message template can start with, read from the grammar's ATN by walking it from the
 * start of {@code mesosMessage} through rule calls and returns. {@link MessageGate} uses it to turn away, without
 * lexing, the many lines whose first word some template shares but whose second word no template allows
 * ({@code Sending 4 offers} against {@code Sending status update}).
 */
final class TemplateStarts {

    /** Marks "any token may follow" in {@link #secondTokens}. */
    static final int ANY = -2;

    private final Map<Integer, Set<Integer>> secondTokens = new HashMap<>();

    TemplateStarts(ATN atn) {
        ATNState start = atn.ruleToStartState[MesosMasterParser.RULE_mesosMessage];
        walk(start, new ArrayDeque<>(), new HashSet<>(), (first, afterFirst, stack) -> {
            Set<Integer> seconds = new HashSet<>();
            walk(afterFirst, stack, new HashSet<>(), (second, ignored, ignoredStack) -> addAll(seconds, second),
                    () -> seconds.add(Token.EOF));
            for (int type : first.toArray()) {
                secondTokens.computeIfAbsent(type, key -> new HashSet<>()).addAll(seconds);
            }
        }, () -> {
        });
    }

    /** @return the first-token types a template can start with */
    Set<Integer> firstTokens() {
        return secondTokens.keySet();
    }

    /** @return the token types that may follow a first token ({@link #ANY} among them when any may) */
    Set<Integer> secondTokens(int firstToken) {
        return secondTokens.getOrDefault(firstToken, Set.of());
    }

    private static void addAll(Set<Integer> target, IntervalSet tokens) {
        if (tokens == null) {
            target.add(ANY);
            return;
        }
        for (int type : tokens.toArray()) {
            target.add(type);
        }
    }

    private interface MatchVisitor {
        void matched(IntervalSet tokens, ATNState target, Deque<ATNState> stack);
    }

    private static void walk(ATNState state, Deque<ATNState> stack, Set<String> visited, MatchVisitor onMatch,
            Runnable onEnd) {
        if (!visited.add(state.stateNumber + "/" + stack)) {
            return;
        }
        if (state instanceof RuleStopState) {
            if (stack.isEmpty()) {
                onEnd.run();
                return;
            }
            ATNState returnState = stack.pop();
            walk(returnState, stack, visited, onMatch, onEnd);
            stack.push(returnState);
            return;
        }
        for (int i = 0; i < state.getNumberOfTransitions(); i++) {
            Transition transition = state.transition(i);
            if (transition instanceof RuleTransition call) {
                stack.push(call.followState);
                walk(transition.target, stack, visited, onMatch, onEnd);
                stack.pop();
            } else if (transition.isEpsilon()) {
                walk(transition.target, stack, visited, onMatch, onEnd);
            } else {
                boolean any = transition instanceof WildcardTransition || transition instanceof NotSetTransition;
                onMatch.matched(any ? null : transition.label(), transition.target, new ArrayDeque<>(stack));
            }
        }
    }
}
