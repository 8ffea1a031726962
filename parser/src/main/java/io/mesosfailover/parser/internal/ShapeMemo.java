package io.mesosfailover.parser.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The shapes found so far, by token-type sequence, one memo for the whole process: what the parser makes of a
 * message depends on nothing but its token types, so a shape found by one thread holds for all, and a shape read
 * from a {@link ShapeFile} holds as if it had been parsed. {@link Optional#empty()} remembers that no template has
 * that sequence. Thread-safe.
 */
final class ShapeMemo {

    /** Token-type sequences remembered at most in each mode; the memo starts afresh when full. */
    static final int MAX_SHAPES = 20_000;

    /** The memo every memoizing {@link MessageParser} shares. */
    static final ShapeMemo SHARED = new ShapeMemo();

    private final Map<TypeSequence, Optional<MessageShape>> messages = new ConcurrentHashMap<>();
    private final Map<TypeSequence, Optional<MessageShape>> bareStderrLines = new ConcurrentHashMap<>();

    /** @return the shape of that sequence, {@code null} when it is not known yet */
    Optional<MessageShape> get(TypeSequence types, boolean bareStderrLine) {
        return mode(bareStderrLine).get(types);
    }

    /** Remembers the shape of a sequence (a full memo is emptied first). */
    void put(TypeSequence types, boolean bareStderrLine, Optional<MessageShape> shape) {
        Map<TypeSequence, Optional<MessageShape>> shapes = mode(bareStderrLine);
        if (shapes.size() >= MAX_SHAPES) {
            shapes.clear();
        }
        shapes.put(types, shape);
    }

    /** Hands over every shape remembered in one mode. */
    void forEach(boolean bareStderrLine, BiConsumer<TypeSequence, Optional<MessageShape>> action) {
        mode(bareStderrLine).forEach(action);
    }

    /** @return the shapes remembered, in both modes */
    int size() {
        return messages.size() + bareStderrLines.size();
    }

    /** Forgets every shape (for tests). */
    void clear() {
        messages.clear();
        bareStderrLines.clear();
    }

    private Map<TypeSequence, Optional<MessageShape>> mode(boolean bareStderrLine) {
        return bareStderrLine ? bareStderrLines : messages;
    }

    /** A sequence of token types, the memo's key. */
    static final class TypeSequence {
        private final int[] types;
        private final int hash;

        /** @param types the types; the array is kept, not copied */
        TypeSequence(int[] types) {
            this.types = types;
            this.hash = Arrays.hashCode(types);
        }

        /** @return the types; shared, not to be changed */
        int[] types() {
            return types;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TypeSequence sequence && Arrays.equals(types, sequence.types);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
