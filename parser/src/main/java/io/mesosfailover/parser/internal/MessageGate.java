package io.mesosfailover.parser.internal;

import io.mesosfailover.grammar.GlogLexer;
import io.mesosfailover.grammar.MesosMasterParser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Decides cheaply whether a message can match any template at all, so that the many lines no template starts
 * like (offers, allocations, HTTP requests) skip the grammar. The set of first words is read from the grammar's
 * own ATN: every literal that can begin {@code mesosMessage}. It therefore cannot fall out of step with the
 * grammar, and it refuses to exist if some template could begin with a non-literal token. Where every template
 * with that first word goes on with a literal too, the second word must be one of those ({@link TemplateStarts}).
 */
public final class MessageGate {

    private static final MessageGate INSTANCE = new MessageGate();

    private final Map<String, Integer> literalTypes = new HashMap<>();
    private final Map<Integer, Set<Integer>> allowedSeconds = new HashMap<>();
    private final Set<Integer> openSeconds = new HashSet<>();
    private final Set<String> firstWords;

    private MessageGate() {
        for (int type = 1; type <= GlogLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = GlogLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.indexOf(' ') < 0) {
                literalTypes.put(literal.substring(1, literal.length() - 1).replace("\\'", "'"), type);
            }
        }
        MesosMasterParser parser = new MesosMasterParser(new CommonTokenStream(new GlogLexer(CharStreams.fromString(""))));
        TemplateStarts starts = new TemplateStarts(parser.getATN());
        Set<String> words = new HashSet<>();
        for (int type : starts.firstTokens()) {
            String literal = GlogLexer.VOCABULARY.getLiteralName(type);
            if (literal == null) {
                throw new IllegalStateException("a message template may start with the non-literal token "
                        + GlogLexer.VOCABULARY.getSymbolicName(type) + "; the gate would drop such lines");
            }
            words.add(literal.substring(1, literal.length() - 1).replace("\\'", "'"));
            Set<Integer> seconds = starts.secondTokens(type);
            boolean open = seconds.contains(TemplateStarts.ANY) || seconds.stream()
                    .anyMatch(second -> second > 0 && GlogLexer.VOCABULARY.getLiteralName(second) == null);
            if (open) {
                openSeconds.add(type);
            }
            allowedSeconds.put(type, Set.copyOf(seconds));
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

    /**
     * @return whether the first two words of the message are a start some template has; {@code false} means no
     *     template can match, {@code true} only that one may
     */
    public boolean admits(String message) {
        int length = message.length();
        int start = skipSpace(message, 0);
        if (start == length) {
            return false;
        }
        int end = wordEnd(message, start);
        Integer first = literalTypes.get(message.substring(start, end));
        if (first == null || !allowedSeconds.containsKey(first)) {
            return false;
        }
        if (openSeconds.contains(first)) {
            return true;
        }
        Set<Integer> seconds = allowedSeconds.get(first);
        int secondStart = skipSpace(message, end);
        if (secondStart == length) {
            return seconds.contains(Token.EOF);
        }
        int secondEnd = wordEnd(message, secondStart);
        int wholeWordEnd = secondStart;
        while (wholeWordEnd < length && !Character.isWhitespace(message.charAt(wholeWordEnd))) {
            wholeWordEnd++;
        }
        return allows(seconds, message.substring(secondStart, secondEnd))
                || allows(seconds, message.substring(secondStart, wholeWordEnd));
    }

    private boolean allows(Set<Integer> seconds, String word) {
        Integer type = literalTypes.get(word);
        return type != null && seconds.contains(type);
    }

    private static int skipSpace(String message, int from) {
        int position = from;
        while (position < message.length() && Character.isWhitespace(message.charAt(position))) {
            position++;
        }
        return position;
    }

    private static int wordEnd(String message, int start) {
        if (MessageLexer.isPunctuation(message.charAt(start))) {
            return start + 1;
        }
        int end = start;
        while (end < message.length() && !Character.isWhitespace(message.charAt(end))
                && !MessageLexer.isPunctuation(message.charAt(end))) {
            end++;
        }
        return end;
    }
}
