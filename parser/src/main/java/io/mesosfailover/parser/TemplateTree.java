package io.mesosfailover.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Drain's fixed-depth prefix tree: the templates of unknown lines, filed by word count, then by their first
 * {@link #DEPTH} words; the templates under one leaf are compared with a line word by word. A node keeps at most
 * {@link #MAX_CHILDREN} children (the rest share a wildcard child) and a leaf at most {@link #MAX_LEAF_GROUPS}
 * templates, so that a line costs a bounded number of comparisons whatever the input.
 */
final class TemplateTree {

    /** Leading words that file a template. */
    static final int DEPTH = 2;
    /** Children of a node; further words go to its wildcard child. */
    static final int MAX_CHILDREN = 100;
    /** Templates under one leaf. */
    static final int MAX_LEAF_GROUPS = 32;
    /** The share of a template's words a line must have (wildcards aside) to be of that template. */
    static final double SIMILARITY = 0.5;

    private final Node[] byLength = new Node[MaskedLine.MAX_WORDS + 1];

    /** @return the template {@code line} is of, or {@code null} when none is similar enough */
    TemplateGroup match(MaskedLine line) {
        Node node = byLength[line.count()];
        for (int depth = 0; node != null && depth < Math.min(DEPTH, line.count()); depth++) {
            node = node.child(line, depth);
        }
        return node == null ? null : node.best(line);
    }

    /**
     * Files a new template made from {@code line}.
     *
     * @return whether there was room for it under its leaf
     */
    boolean add(MaskedLine line, TemplateGroup group) {
        Node node = byLength[line.count()];
        if (node == null) {
            node = new Node();
            byLength[line.count()] = node;
        }
        for (int depth = 0; depth < Math.min(DEPTH, line.count()); depth++) {
            node = node.childOrNew(line, depth);
        }
        if (node.groups.size() == MAX_LEAF_GROUPS) {
            return false;
        }
        node.groups.add(group);
        return true;
    }

    /** A node: its children by word, and at a leaf, its templates. */
    private static final class Node {

        private String[] words = new String[2];
        private int[] hashes = new int[2];
        private Node[] children = new Node[2];
        private int size;
        private final List<TemplateGroup> groups = new ArrayList<>(1);

        Node child(MaskedLine line, int i) {
            Node child = find(line, i);
            return child != null ? child : find(TokenMasks.VARIABLE);
        }

        Node childOrNew(MaskedLine line, int i) {
            Node child = find(line, i);
            if (child != null) {
                return child;
            }
            String word = size < MAX_CHILDREN - 1 ? line.word(i) : TokenMasks.VARIABLE;
            child = find(word);
            return child != null ? child : insert(word);
        }

        private Node find(MaskedLine line, int i) {
            int hash = line.hash(i);
            for (int k = 0; k < size; k++) {
                if (hashes[k] == hash && line.wordEquals(i, words[k])) {
                    return children[k];
                }
            }
            return null;
        }

        private Node find(String word) {
            int hash = word.hashCode();
            for (int k = 0; k < size; k++) {
                if (hashes[k] == hash && words[k].equals(word)) {
                    return children[k];
                }
            }
            return null;
        }

        private Node insert(String word) {
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                children = Arrays.copyOf(children, size * 2);
            }
            Node child = new Node();
            words[size] = word;
            hashes[size] = word.hashCode();
            children[size] = child;
            size++;
            return child;
        }

        /** @return the template most like {@code line}, if similar enough; ties go to the one with more wildcards */
        TemplateGroup best(MaskedLine line) {
            int count = line.count();
            int needed = (int) Math.ceil(SIMILARITY * count);
            TemplateGroup best = null;
            int bestSame = -1;
            int bestWildcards = -1;
            for (TemplateGroup group : groups) {
                int same = group.sameWords(line, Math.max(needed, bestSame));
                if (same > bestSame || same == bestSame && same >= 0 && group.wildcards() > bestWildcards) {
                    best = group;
                    bestSame = same;
                    bestWildcards = group.wildcards();
                }
            }
            return best != null && bestSame >= needed ? best : null;
        }
    }
}
