package io.mesosfailover.parser.internal;

import io.mesosfailover.grammar.MesosMasterParser;
import java.util.HashMap;
import java.util.Map;

/**
 * The literal words of the message grammar by their text, looked up by a region of a message in place: no
 * substring and no boxed type per look-up. An open-addressing table hashed from a region's length and three of its
 * characters, cheap for long regions, with few collisions among the grammar's literals.
 */
final class LiteralTable {

    private final String[] keys;
    private final int[] types;
    private final int mask;
    private final int maxLength;
    private final boolean[] firstChars = new boolean[128];

    /** @param literals the literal texts (each starting with an ASCII character) and their token types */
    LiteralTable(Map<String, Integer> literals) {
        int size = Integer.highestOneBit(Math.max(16, literals.size() * 4)) * 2;
        keys = new String[size];
        types = new int[size];
        mask = size - 1;
        int longest = 0;
        for (Map.Entry<String, Integer> literal : literals.entrySet()) {
            String key = literal.getKey();
            if (key.isEmpty() || key.charAt(0) >= 128) {
                throw new IllegalStateException("a literal word is empty or starts with a non-ASCII character: " + key);
            }
            longest = Math.max(longest, key.length());
            firstChars[key.charAt(0)] = true;
            int slot = hash(key, 0, key.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            types[slot] = literal.getValue();
        }
        maxLength = longest;
    }

    /**
     * @return the message words of the grammar's literals (those with a space start lines of the default mode and
     *     are never message words), by text, with their token types; read from the parser's vocabulary, which is the
     *     lexer's, so that the generated lexer (its automaton is large) is not loaded for them
     */
    static Map<String, Integer> messageLiterals() {
        Map<String, Integer> types = new HashMap<>();
        for (int type = 1; type <= MesosMasterParser.VOCABULARY.getMaxTokenType(); type++) {
            String literal = MesosMasterParser.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.indexOf(' ') < 0) {
                types.put(wordOf(literal), type);
            }
        }
        return Map.copyOf(types);
    }

    /** @return the word of a literal name of the vocabulary: {@code 'don\'t'} is {@code don't} */
    static String wordOf(String literalName) {
        return literalName.substring(1, literalName.length() - 1).replace("\\'", "'");
    }

    /** @return the token type of the literal that is exactly {@code text[from, to)}, 0 when there is none */
    int typeOf(String text, int from, int to) {
        int length = to - from;
        if (length <= 0 || length > maxLength) {
            return 0;
        }
        char first = text.charAt(from);
        if (first >= 128 || !firstChars[first]) {
            return 0;
        }
        for (int slot = hash(text, from, to) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key.length() == length && text.startsWith(key, from)) {
                return types[slot];
            }
        }
        return 0;
    }

    private static int hash(String text, int from, int to) {
        int length = to - from;
        int hash = length * 31 + text.charAt(from);
        hash = hash * 31 + text.charAt(to - 1);
        hash = hash * 31 + text.charAt(from + length / 2);
        return hash ^ (hash >>> 11);
    }
}
