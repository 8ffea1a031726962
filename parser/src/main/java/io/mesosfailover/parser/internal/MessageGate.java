package io.mesosfailover.parser.internal;

import io.mesosfailover.grammar.MesosMasterParser;
import java.util.HashSet;
import java.util.Set;
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

    private final LiteralTable literals = new LiteralTable(LiteralTable.messageLiterals());
    /** By token type of a first word: whether a template starts with it. */
    private final boolean[] opensTemplate;
    /** By first word: whether any token may follow it (then only the first word is checked). */
    private final boolean[] openSeconds;
    /** By first word: whether the message may end after it. */
    private final boolean[] endsAfter;
    /** By first word, then by token type of the second word: whether a template goes on so. */
    private final boolean[][] allowedSeconds;
    private final Set<String> firstWords;

    private MessageGate() {
        int types = MesosMasterParser.VOCABULARY.getMaxTokenType() + 1;
        opensTemplate = new boolean[types];
        openSeconds = new boolean[types];
        endsAfter = new boolean[types];
        allowedSeconds = new boolean[types][];
        TemplateStarts starts = new TemplateStarts(MesosMasterParser._ATN);
        Set<String> words = new HashSet<>();
        for (int type : starts.firstTokens()) {
            String literal = MesosMasterParser.VOCABULARY.getLiteralName(type);
            if (literal == null) {
                throw new IllegalStateException("a message template may start with the non-literal token "
                        + MesosMasterParser.VOCABULARY.getSymbolicName(type) + "; the gate would drop such lines");
            }
            words.add(LiteralTable.wordOf(literal));
            Set<Integer> seconds = starts.secondTokens(type);
            boolean open = seconds.contains(TemplateStarts.ANY) || seconds.stream()
                    .anyMatch(second -> second > 0 && MesosMasterParser.VOCABULARY.getLiteralName(second) == null);
            opensTemplate[type] = true;
            openSeconds[type] = open;
            endsAfter[type] = seconds.contains(Token.EOF);
            allowedSeconds[type] = new boolean[types];
            for (int second : seconds) {
                if (second > 0) {
                    allowedSeconds[type][second] = true;
                }
            }
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
        int first = literals.typeOf(message, start, end);
        if (first == 0 || !opensTemplate[first]) {
            return false;
        }
        if (openSeconds[first]) {
            return true;
        }
        int secondStart = skipSpace(message, end);
        if (secondStart == length) {
            return endsAfter[first];
        }
        int secondEnd = wordEnd(message, secondStart);
        int wholeWordEnd = secondStart;
        while (wholeWordEnd < length && !Character.isWhitespace(message.charAt(wholeWordEnd))) {
            wholeWordEnd++;
        }
        boolean[] seconds = allowedSeconds[first];
        return seconds[literals.typeOf(message, secondStart, secondEnd)]
                || seconds[literals.typeOf(message, secondStart, wholeWordEnd)];
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
