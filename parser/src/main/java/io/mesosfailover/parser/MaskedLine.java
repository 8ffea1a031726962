package io.mesosfailover.parser;

import java.util.Arrays;

/**
 * One message split into words at white space, each word either kept as it is or with its value replaced by a mask
 * ({@link TokenMasks}); words are regions of the message, never copied. At most {@link #MAX_WORDS} words: the
 * words beyond become one {@link #MORE}. Reused from message to message: not thread-safe.
 */
final class MaskedLine {

    /** Words of a message that are kept; a longer message ends in {@link #MORE}. */
    static final int MAX_WORDS = 64;
    /** Stands for the words after the first {@code MAX_WORDS - 1} of a long message. */
    static final String MORE = "<...>";

    private final int[] starts = new int[MAX_WORDS];
    private final int[] ends = new int[MAX_WORDS];
    private final int[] maskStarts = new int[MAX_WORDS];
    private final int[] maskEnds = new int[MAX_WORDS];
    private final int[] hashes = new int[MAX_WORDS];
    private final String[] masks = new String[MAX_WORDS];
    private final int[] span = new int[2];
    private String message;
    private int count;

    /** Splits and masks {@code text}. */
    void reset(String text) {
        message = text;
        count = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && TokenMasks.charClass(text.charAt(i)) == TokenMasks.SPACE) {
                i++;
            }
            if (i == length) {
                break;
            }
            int start = i;
            int shape = 0;
            for (int type; i < length && (type = TokenMasks.charClass(text.charAt(i))) != TokenMasks.SPACE; i++) {
                shape |= type;
            }
            if (count == MAX_WORDS - 1) {
                span[0] = start;
                span[1] = length;
                add(start, length, MORE);
                return;
            }
            add(start, i, TokenMasks.mask(text, start, i, shape, span));
        }
    }

    private void add(int start, int end, String mask) {
        starts[count] = start;
        ends[count] = end;
        masks[count] = mask;
        if (mask != null) {
            maskStarts[count] = span[0];
            maskEnds[count] = span[1];
        }
        // Only the leading words file a template in the tree: the others need no hash.
        hashes[count] = count < TemplateTree.DEPTH ? hashOf(count) : 0;
        count++;
    }

    /** @return the number of words */
    int count() {
        return count;
    }

    /** @return the hash of word {@code i}, one of the first {@link TemplateTree#DEPTH}: that of {@link #word} */
    int hash(int i) {
        return hashes[i];
    }

    /** @return whether word {@code i} is {@code word} */
    boolean wordEquals(int i, String word) {
        int start = starts[i];
        String mask = masks[i];
        if (mask == null) {
            int length = ends[i] - start;
            return word.length() == length && message.regionMatches(start, word, 0, length);
        }
        int before = maskStarts[i] - start;
        int after = ends[i] - maskEnds[i];
        return word.length() == before + mask.length() + after && word.startsWith(mask, before)
                && (before == 0 || message.regionMatches(start, word, 0, before))
                && (after == 0 || message.regionMatches(maskEnds[i], word, before + mask.length(), after));
    }

    /** @return word {@code i}: that part of the message, its value replaced by its mask */
    String word(int i) {
        String mask = masks[i];
        if (mask == null) {
            return message.substring(starts[i], ends[i]);
        }
        if (maskStarts[i] == starts[i] && maskEnds[i] == ends[i]) {
            return mask;
        }
        return message.substring(starts[i], maskStarts[i]) + mask + message.substring(maskEnds[i], ends[i]);
    }

    /** @return every word */
    String[] words() {
        String[] words = new String[count];
        Arrays.setAll(words, this::word);
        return words;
    }

    /** {@link String#hashCode} of {@link #word}, without making it. */
    private int hashOf(int i) {
        String mask = masks[i];
        int hash = 0;
        int end = mask == null ? ends[i] : maskStarts[i];
        for (int c = starts[i]; c < end; c++) {
            hash = 31 * hash + message.charAt(c);
        }
        if (mask == null) {
            return hash;
        }
        for (int c = 0; c < mask.length(); c++) {
            hash = 31 * hash + mask.charAt(c);
        }
        for (int c = maskEnds[i]; c < ends[i]; c++) {
            hash = 31 * hash + message.charAt(c);
        }
        return hash;
    }
}
