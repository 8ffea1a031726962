package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.SourceRef;
import io.mesosfailover.event.Unrecognized;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the lines no known template matches ({@link Unrecognized} events) into templates, as Drain does: each
 * message is split into words and its values masked ({@link TokenMasks}), then filed in a fixed-depth prefix tree
 * by word count and leading words; it joins the template under that leaf that shares at least half its words, and
 * the words in which they differ become wildcards, else it starts a template of its own.
 *
 * <p>Memory stays bounded on any input: at most {@code maxGroups} templates (and 32 under one leaf of the tree),
 * each of at most 64 words of at most 64 characters and an example of at most {@value #MAX_EXAMPLE} characters,
 * plus one bit per template and input file. A line that fits no template once there is no room for another is
 * counted as ungrouped. Plain Java, no I/O: the batch analyzer and the live path feed it alike. Not thread-safe.
 *
 * <pre>{@code
 * UnknownLineGroups unknown = new UnknownLineGroups();
 * events.forEach(event -> { if (event instanceof Unrecognized line) unknown.add(line); });
 * unknown.report().groups().forEach(group -> ...);
 * }</pre>
 */
public final class UnknownLineGroups {

    /** The templates kept by default. */
    public static final int DEFAULT_MAX_GROUPS = 1_000;
    /** Files named per template; the rest are counted. */
    public static final int MAX_FILES_LISTED = 10;
    /** The longest example kept, in characters. */
    public static final int MAX_EXAMPLE = 512;

    private static final Comparator<UnknownLineGroup> ORDER = Comparator.comparingLong(UnknownLineGroup::count)
            .reversed().thenComparing(UnknownLineGroup::first).thenComparing(UnknownLineGroup::template);

    private final int maxGroups;
    private final TemplateTree tree = new TemplateTree();
    private final List<TemplateGroup> groups = new ArrayList<>();
    private final Map<String, Integer> fileNumbers = new HashMap<>();
    private final List<String> fileNames = new ArrayList<>();
    private long lines;
    private long ungroupedLines;
    private transient MaskedLine scratch;
    private transient String lastFile;
    private transient int lastFileNumber;

    /** Keeps at most {@link #DEFAULT_MAX_GROUPS} templates. */
    public UnknownLineGroups() {
        this(DEFAULT_MAX_GROUPS);
    }

    /** @param maxGroups the most templates kept */
    public UnknownLineGroups(int maxGroups) {
        if (maxGroups < 1) {
            throw new IllegalArgumentException("maxGroups must be positive: " + maxGroups);
        }
        this.maxGroups = maxGroups;
    }

    /** Counts one unknown line. */
    public void add(Unrecognized line) {
        add(line.time(), line.source(), line.location(), line.message());
    }

    /**
     * Counts one unknown line.
     *
     * @param time its event time
     * @param source where it was
     * @param location the glog {@code file:line} of its prefix, {@code null} when it had none
     * @param message its message
     */
    public void add(Instant time, SourceRef source, String location, String message) {
        requireNonNull(time, "time is null");
        requireNonNull(message, "message is null");
        lines++;
        MaskedLine line = scratch == null ? scratch = new MaskedLine() : scratch;
        line.reset(message);
        TemplateGroup group = tree.match(line);
        if (group != null) {
            group.generalize(line);
        } else if (groups.size() < maxGroups) {
            group = new TemplateGroup(line.words(), time, source, location, example(message));
            if (tree.add(line, group)) {
                groups.add(group);
            } else {
                group = null;
            }
        }
        if (group == null) {
            ungroupedLines++;
            return;
        }
        group.count(time, fileNumber(source.file()));
    }

    /** @return the templates so far, most lines first */
    public UnknownLineReport report() {
        List<UnknownLineGroup> report = new ArrayList<>(groups.size());
        for (TemplateGroup group : groups) {
            report.add(group.toRecord(fileNames, MAX_FILES_LISTED));
        }
        report.sort(ORDER);
        return new UnknownLineReport(report, lines, ungroupedLines, maxGroups);
    }

    private int fileNumber(String file) {
        // Lines come file by file, or merged from a few files: the last file's number is nearly always the one.
        if (!file.equals(lastFile)) {
            lastFile = file;
            lastFileNumber = fileNumbers.computeIfAbsent(file, name -> {
                fileNames.add(name);
                return fileNames.size() - 1;
            });
        }
        return lastFileNumber;
    }

    private static String example(String message) {
        return TextCut.prefix(message, MAX_EXAMPLE);
    }
}
