package io.mesosfailover.parser;

/**
 * Texts cut to a length without splitting a character: a character outside the basic plane (an emoji, say) is two
 * UTF-16 units, and a cut between them would leave half a character, which no UTF-8 writer can write.
 */
final class TextCut {

    private TextCut() {
    }

    /**
     * @return {@code text} when it has at most {@code length} units, else its first {@code length} units, or one
     *     less when the last of them would be the first half of a pair
     */
    static String prefix(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = length > 0 && Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
