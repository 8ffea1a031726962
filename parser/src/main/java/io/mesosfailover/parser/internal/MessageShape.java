package io.mesosfailover.parser.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Which template a message matched and where each of its element labels lies, by token index. The parser's answer
 * depends on nothing but the sequence of token types (the grammar has no predicates or actions), so a shape found
 * once holds for every message with the same token types; {@link MessageParser} memoizes it. What every message of
 * the shape needs (one span per label, the labels' names) is worked out here once.
 */
public final class MessageShape {

    private final Class<? extends ParserRuleContext> alternative;
    private final List<LabelSpan> labels;
    private final String[] names;
    private final String template;

    /**
     * @param alternative the labelled alternative's context class, which names the event record
     * @param spans the element labels as found; where a label occurs more than once, its first occurrence wins
     * @param template the name of a known template (a label under {@code knownTemplate}), {@code null} for the
     *     alternatives that have a record of their own
     */
    public MessageShape(Class<? extends ParserRuleContext> alternative, List<LabelSpan> spans, String template) {
        this.alternative = requireNonNull(alternative, "alternative is null");
        Map<String, LabelSpan> firsts = new LinkedHashMap<>();
        for (LabelSpan span : spans) {
            firsts.putIfAbsent(span.name(), span);
        }
        this.labels = List.copyOf(firsts.values());
        this.names = new ArrayList<>(firsts.keySet()).toArray(new String[0]);
        this.template = template;
    }

    /** @return the labelled alternative's context class, which names the event record */
    public Class<? extends ParserRuleContext> alternative() {
        return alternative;
    }

    /** @return one span per element label, its first occurrence, in the order found */
    public List<LabelSpan> labels() {
        return labels;
    }

    /** @return the labels' names in the order of {@link #labels()}; shared, not to be changed */
    String[] names() {
        return names;
    }

    /** @return the known template's name, {@code null} for an alternative with a record of its own */
    public String template() {
        return template;
    }

    /** @return the index in {@link #labels()} of the label of that name, -1 when the shape has none */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** @return whether the other is the same shape: the same alternative, labels and template */
    @Override
    public boolean equals(Object other) {
        return other instanceof MessageShape shape && alternative.equals(shape.alternative)
                && labels.equals(shape.labels) && Objects.equals(template, shape.template);
    }

    @Override
    public int hashCode() {
        return Objects.hash(alternative, labels, template);
    }

    @Override
    public String toString() {
        return alternative.getSimpleName() + labels + (template == null ? "" : " " + template);
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
