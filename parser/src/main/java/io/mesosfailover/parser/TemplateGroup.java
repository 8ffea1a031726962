package io.mesosfailover.parser;

import io.mesosfailover.event.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** The running totals of one template of unknown lines: its words (masks and wildcards among them), count, span. */
final class TemplateGroup {

    private final String[] words;
    private final BitSet files = new BitSet();
    private final String example;
    private final String exampleLocation;
    private final SourceRef exampleSource;
    private Instant first;
    private Instant last;
    private long count;
    private int wildcards;
    private transient int lastSame = -1;

    TemplateGroup(String[] words, Instant time, SourceRef source, String location, String example) {
        this.words = words;
        this.first = time;
        this.last = time;
        this.exampleSource = source;
        this.exampleLocation = location;
        this.example = example;
        for (String word : words) {
            wildcards += isWildcard(word) ? 1 : 0;
        }
    }

    /** Counts one more line of this template, seen at {@code time} in the file numbered {@code file}. */
    void count(Instant time, int file) {
        count++;
        files.set(file);
        if (time.isAfter(last)) {
            last = time;
        } else if (time.isBefore(first)) {
            first = time;
        }
    }

    /**
     * @return how many words of {@code line} equal this template's (wildcards not counted), or -1 when the template
     *     cannot reach {@code needed} of them
     */
    int sameWords(MaskedLine line, int needed) {
        int same = 0;
        int left = words.length;
        for (int i = 0; i < words.length; i++, left--) {
            if (same + left < needed) {
                lastSame = -1;
                return -1;
            }
            String word = words[i];
            if (!isWildcard(word) && line.wordEquals(i, word)) {
                same++;
            }
        }
        lastSame = same;
        return same;
    }

    /** @return the wildcards of this template */
    int wildcards() {
        return wildcards;
    }

    /**
     * Makes a wildcard of every word in which {@code line} differs. The last {@link #sameWords} must have compared
     * {@code line}: when all words were the same, there is nothing to change.
     */
    void generalize(MaskedLine line) {
        if (lastSame == words.length - wildcards) {
            return;
        }
        for (int i = 0; i < words.length; i++) {
            if (!isWildcard(words[i]) && !line.wordEquals(i, words[i])) {
                words[i] = TokenMasks.VARIABLE;
                wildcards++;
            }
        }
    }

    private static boolean isWildcard(String word) {
        return TokenMasks.VARIABLE.equals(word);
    }

    /** @return the group as reported, its files named from {@code fileNames} (at most {@code maxFiles} listed) */
    UnknownLineGroup toRecord(List<String> fileNames, int maxFiles) {
        List<String> listed = new ArrayList<>();
        for (int file = files.nextSetBit(0); file >= 0 && listed.size() < maxFiles; file = files.nextSetBit(file + 1)) {
            listed.add(fileNames.get(file));
        }
        return new UnknownLineGroup(String.join(" ", words), count, first, last, listed, files.cardinality(), example,
                exampleLocation, exampleSource);
    }
}
