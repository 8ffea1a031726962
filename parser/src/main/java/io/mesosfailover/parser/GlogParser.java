package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.parser.internal.MessageParser;
import io.mesosfailover.parser.internal.ShapeFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

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

    private static final AtomicBoolean GRAMMAR_LOAD_STARTED = new AtomicBoolean();

    private final ParserSettings settings;
    private final Ways ways;

    /** @param settings how to read what the lines do not say themselves */
    public GlogParser(ParserSettings settings) {
        this(settings, new Ways(true, true, true));
    }

    /** Reads in other ways than the default; tests compare them with it. */
    GlogParser(ParserSettings settings, Ways ways) {
        this.settings = requireNonNull(settings, "settings is null");
        this.ways = requireNonNull(ways, "ways is null");
    }

    /**
     * @return a parser like this one whose known-template events carry no fields ({@code TemplateFields.NONE}), for
     *     readers that count those lines and take their times but not their values, as the batch analysis does: the
     *     values of about half the lines of a busy master are then not cut out of the messages
     */
    public GlogParser withoutTemplateFields() {
        return new GlogParser(settings, new Ways(ways.gated(), ways.memoized(), false));
    }

    /**
     * Loads the grammar (its parser's automaton and what is derived from it) on a background thread, so that the
     * first line parsed does not wait for it on a machine with a spare core: a command line calls this before it
     * reads its options. Loading takes about a quarter of a second on a cold JVM; a parse that starts sooner waits
     * for the load in progress, as for any class being initialized. Calling it again does nothing.
     *
     * @param shapes a file of shapes that an earlier run {@linkplain #writeShapes wrote}, read first, or {@code null}:
     *     a shape found there is not parsed again (a file of another build, or none, only leaves them to be parsed)
     */
    public static void loadGrammarInBackground(Path shapes) {
        if (GRAMMAR_LOAD_STARTED.compareAndSet(false, true)) {
            Thread load = new Thread(() -> {
                if (shapes != null) {
                    ShapeFile.read(shapes);
                }
                MessageParser.loadGrammar();
            }, "load-grammar");
            load.setDaemon(true);
            load.start();
        }
    }

    /**
     * Writes the shapes of the messages parsed so far in this process (which template each sequence of token types
     * is), for {@link #loadGrammarInBackground} of later runs of the same build.
     */
    public static void writeShapes(Path file) throws IOException {
        ShapeFile.write(file);
    }

    /** @return the settings */
    public ParserSettings settings() {
        return settings;
    }

    /**
     * Starts reading standard input or a live source. A line that needs a year the source has not told yet takes the
     * settings' year (or date) at once; without one, lines wait for the source to tell it, and if it never does, the
     * year is the one that puts the last line at or before now.
     *
     * @param fileName the name events are traced back to ({@code -} for standard input)
     */
    public FileParse open(String fileName) {
        return new FileParse(settings, requireNonNull(fileName, "fileName is null"), ways, Instant.now(),
                YearSource.TODAY);
    }

    /**
     * Starts reading an archived file. Lines that need a year wait for the file to tell it (a header, a dated Mesos
     * id, a dated capture prefix); the settings' year is taken only when it does not, and without one the year that
     * puts the file's last line at or before {@code modified}.
     *
     * @param fileName the name events are traced back to
     * @param modified the file's modification time
     */
    public FileParse open(String fileName, Instant modified) {
        return new FileParse(settings, requireNonNull(fileName, "fileName is null"), ways,
                requireNonNull(modified, "modified is null"), YearSource.FILE_MODIFIED);
    }

    /**
     * How messages are read: {@code gated}, the lines no template starts like skip the grammar; {@code memoized},
     * a message of a token-type sequence parsed before is not parsed again; {@code templateFields}, known templates'
     * events carry their fields. Each way gives the same events as the grammar alone (the fields aside).
     */
    record Ways(boolean gated, boolean memoized, boolean templateFields) {
    }
}
