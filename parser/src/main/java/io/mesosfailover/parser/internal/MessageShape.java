package io.mesosfailover.parser.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Which template a message matched and where each of its element labels lies, by token index. The parser's answer
 * depends on nothing but the sequence of token types (the grammar has no predicates or actions), so a shape found
 * once holds for every message with the same token types; {@link MessageParser} memoizes it.
 *
 * @param alternative the labelled alternative's context class, which names the event record
 * @param labels the element labels in the order the record wants them found (first occurrence wins)
 * @param template the name of a known template (a label under {@code knownTemplate}), {@code null} for the
 *     alternatives that have a record of their own
 */
public record MessageShape(Class<? extends ParserRuleContext> alternative, List<LabelSpan> labels, String template) {

    /** Checks and copies. */
    public MessageShape {
        requireNonNull(alternative, "alternative is null");
        labels = List.copyOf(labels);
    }

    /**
     * One element label.
     *
     * @param name the label, which is the record component's name
     * @param firstToken index of its first token
     * @param lastToken index of its last token, below {@code firstToken} when the element is empty
     * @param strip whether surrounding white space is dropped (rule elements; tokens have none)
     */
    public record LabelSpan(String name, int firstToken, int lastToken, boolean strip) {
    }
}
