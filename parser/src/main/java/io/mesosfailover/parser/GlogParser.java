package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

/**
 * Reads Mesos master log files into events. Open one {@link FileParse} per input file and feed it that file's lines
 * in order; a {@code GlogParser} itself holds only settings and may be shared between threads.
 *
 * <pre>{@code
 * FileParse parse = new GlogParser(ParserSettings.defaults()).open("mesos-master.INFO");
 * lines.forEach(line -> parse.accept(line, outcome -> ...));
 * parse.finish(outcome -> ...);
 * }</pre>
 */
public final class GlogParser {

    private final ParserSettings settings;
    private final boolean gated;
    private final boolean memoized;

    /** @param settings how to read what the lines do not say themselves */
    public GlogParser(ParserSettings settings) {
        this(settings, true, true);
    }

    /**
     * With {@code gated} false every message goes through the grammar, with {@code memoized} false every message is
     * parsed anew; tests compare these ways with the default.
     */
    GlogParser(ParserSettings settings, boolean gated, boolean memoized) {
        this.settings = requireNonNull(settings, "settings is null");
        this.gated = gated;
        this.memoized = memoized;
    }

    /** @return the settings */
    public ParserSettings settings() {
        return settings;
    }

    /**
     * Starts reading a file.
     *
     * @param fileName the name events are traced back to ({@code -} for standard input)
     */
    public FileParse open(String fileName) {
        return new FileParse(settings, requireNonNull(fileName, "fileName is null"), gated, memoized);
    }
}
