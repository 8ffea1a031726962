package io.mesosfailover.parser.internal;

/**
 * A message that matched a template: its shape and where its tokens lie in the text. The position arrays may be
 * the parser's own, reused for the next message: make the event before parsing another.
 *
 * @param shape the template and its label positions
 * @param text the message
 * @param tokenStarts first character of each token
 * @param tokenStops last character of each token
 */
public record ParsedMessage(MessageShape shape, String text, int[] tokenStarts, int[] tokenStops) {

    /** @return the text of a label of this message */
    String valueOf(MessageShape.LabelSpan span) {
        if (span.lastToken() < span.firstToken()) {
            return "";
        }
        String value = text.substring(tokenStarts[span.firstToken()], tokenStops[span.lastToken()] + 1);
        return span.strip() ? value.strip() : value;
    }
}
