package io.mesosfailover.parser.internal;

import io.mesosfailover.grammar.GlogLexer;
import io.mesosfailover.grammar.MesosMasterParser;
import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Decides cheaply whether a message can match any template at all, so that the many lines no template starts
 * like (offers, allocations, HTTP requests) skip the grammar. The set of first words is read from the grammar's
 * own ATN: every literal that can begin {@code mesosMessage}. It therefore cannot fall out of step with the
 * grammar, and it refuses to exist if some template could begin with a non-literal token.
 */
public final class MessageGate {

    private static final MessageGate INSTANCE = new MessageGate();

    private final Set<String> firstWords;

    private MessageGate() {
        MesosMasterParser parser = new MesosMasterParser(new CommonTokenStream(new GlogLexer(CharStreams.fromString(""))));
        ATN atn = parser.getATN();
        IntervalSet first = atn.nextTokens(atn.ruleToStartState[MesosMasterParser.RULE_mesosMessage]);
        Set<String> words = new HashSet<>();
        for (int type : first.toArray()) {
            String literal = GlogLexer.VOCABULARY.getLiteralName(type);
            if (literal == null) {
                throw new IllegalStateException("a message template may start with the non-literal token "
                        + GlogLexer.VOCABULARY.getSymbolicName(type) + "; the gate would drop such lines");
            }
            words.add(literal.substring(1, literal.length() - 1).replace("\\'", "'"));
        }
        this.firstWords = Set.copyOf(words);
    }

    /** @return the gate of the grammar this build carries */
    public static MessageGate instance() {
        return INSTANCE;
    }

    /** @return the literal words a template can start with */
    public Set<String> firstWords() {
        return firstWords;
    }

    /** @return whether the message starts with a word some template starts with */
    public boolean admits(String message) {
        int start = 0;
        int length = message.length();
        while (start < length && Character.isWhitespace(message.charAt(start))) {
            start++;
        }
        if (start == length) {
            return false;
        }
        int end = start;
        if (isPunctuation(message.charAt(start))) {
            end = start + 1;
        } else {
            while (end < length && !Character.isWhitespace(message.charAt(end)) && !isPunctuation(message.charAt(end))) {
                end++;
            }
        }
        return firstWords.contains(message.substring(start, end));
    }

    private static boolean isPunctuation(char c) {
        switch (c) {
            case '(':
            case ')':
            case '\'':
            case '[':
            case ']':
            case '{':
            case '}':
            case ';':
            case ',':
            case ':':
            case '!':
            case '=':
                return true;
            default:
                return false;
        }
    }
}
