package io.mesosfailover.parser.internal;

import java.util.function.IntUnaryOperator;

/** Test helper: the random edits that make lines look almost like the real ones. */
final class TextEdits {

    private TextEdits() {
    }

    /**
     * Deletes, inserts or replaces one character at a place below {@code within}; {@code draw} gives a number below
     * its bound, drawn for the place, the kind of edit and then the character from {@code alphabet}.
     */
    static void editOne(StringBuilder text, int within, IntUnaryOperator draw, String alphabet) {
        int at = draw.applyAsInt(within);
        switch (draw.applyAsInt(3)) {
            case 0 -> text.deleteCharAt(at);
            case 1 -> text.insert(at, alphabet.charAt(draw.applyAsInt(alphabet.length())));
            default -> text.setCharAt(at, alphabet.charAt(draw.applyAsInt(alphabet.length())));
        }
    }
}
