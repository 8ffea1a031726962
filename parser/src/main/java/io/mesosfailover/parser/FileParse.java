package io.mesosfailover.parser;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.parser.internal.CapturePrefixes;
import io.mesosfailover.parser.internal.CapturedLine;
import io.mesosfailover.parser.internal.GlogPrefix;
import io.mesosfailover.parser.internal.LineBytes;
import io.mesosfailover.parser.internal.LinePrefixes;
import io.mesosfailover.parser.internal.LogCalendar;
import io.mesosfailover.parser.internal.MessageGate;
import io.mesosfailover.parser.internal.MessageParser;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the lines of one file, in order. It keeps what the file told so far (year, date, zone, host), finds the
 * glog record behind whatever a log collector put in front of it, joins continuation lines to the message before
 * them (so it holds back one event until the next line or {@link #finish}), and counts every line. Lines that need
 * a year wait until the file reveals one; if it never does, the year is the option's, else the one that puts the
 * last line at or before the file's modification time (or now). Not thread-safe: one thread at a time, though not
 * always the same one (each thread parses messages with a parser of its own).
 *
 * <p>Parts of a large file (chunks that start with a glog line) can be parsed at the same time: each by a
 * {@linkplain #continuation continuation} of the parse of the lines before, made from the state the parse had
 * somewhat earlier; {@link #followsFrom} then tells whether the chunk gave what a parse of the lines in order gives.
 */
public final class FileParse {

    /** Lines held back at most while waiting for the file to reveal its year. */
    static final int MAX_LINES_WAITING_FOR_YEAR = 100_000;
    /** The same when the user gave the year (or the date): the file gets a short while to tell it better. */
    static final int MAX_LINES_WAITING_WITH_OPTION = 1_000;

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** The message parsers of each thread (they are not thread-safe and keep a memo of shapes). */
    private static final ThreadLocal<MessageParser> MEMOIZED_PARSER = ThreadLocal.withInitial(() -> new MessageParser(true));
    private static final ThreadLocal<MessageParser> PLAIN_PARSER = ThreadLocal.withInitial(() -> new MessageParser(false));

    private final ParserSettings settings;
    private final String file;
    private final MessageGate gate;
    private final GlogParser.Ways ways;
    private final LogCalendar calendar;
    private final LineCounter counter = new LineCounter();
    private final Deque<NumberedLine> waitingForYear = new ArrayDeque<>();
    private final UntimedNotes untimed = new UntimedNotes();
    private final PendingMessage pending;
    /** The line given as bytes, for its glog prefix. */
    private final LineBytes lineBytes = new LineBytes();
    private final Instant latestPossible;
    private final YearSource latestPossibleSource;
    private final boolean archived;
    private String host;
    private boolean hostNamed;
    private String lineName;
    private Instant lastTime;
    private long lineNumber;
    private boolean yearAssumed;
    /** For a continuation: the state it started from, and what its first line gave (once read). */
    private final Start start;
    private FirstLine first;

    FileParse(ParserSettings settings, String file, GlogParser.Ways ways, Instant latestPossible,
            YearSource latestPossibleSource) {
        this.settings = settings;
        this.ways = ways;
        this.file = file;
        this.gate = ways.gated() ? MessageGate.instance() : null;
        this.calendar = new LogCalendar(settings.zone(), settings.date());
        this.host = settings.host() == null ? ParserSettings.UNKNOWN_HOST : settings.host();
        this.hostNamed = settings.host() != null;
        this.pending = new PendingMessage(gate, ways.templateFields());
        this.latestPossible = latestPossible;
        this.latestPossibleSource = latestPossibleSource;
        this.archived = latestPossibleSource == YearSource.FILE_MODIFIED;
        this.start = null;
    }

    /** A continuation of {@code before}: its state, with nothing held back and no line counted. */
    private FileParse(FileParse before, long nextLine) {
        this.settings = before.settings;
        this.ways = before.ways;
        this.file = before.file;
        this.gate = before.gate;
        this.calendar = before.calendar.copy();
        this.host = before.host;
        this.hostNamed = before.hostNamed;
        this.pending = new PendingMessage(gate, ways.templateFields());
        this.latestPossible = before.latestPossible;
        this.latestPossibleSource = before.latestPossibleSource;
        this.archived = before.archived;
        this.lastTime = before.lastTime;
        this.yearAssumed = before.yearAssumed;
        this.lineNumber = nextLine - 1;
        this.start = new Start(before.host, before.hostNamed, before.yearAssumed, before.calendar.copy());
    }

    /**
     * A parse of the lines from {@code nextLine} on that goes on from this one's state, to be checked with
     * {@link #followsFrom} once the parse of the lines before it is known. Lines held back are not part of it.
     * This parse is only read, so that one thread may parse while another makes continuations of a finished parse.
     *
     * @param nextLine the number of the line it reads first
     */
    public FileParse continuation(long nextLine) {
        if (nextLine < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + nextLine);
        }
        return new FileParse(this, nextLine);
    }

    /**
     * Whether this continuation gave what the parse {@code before} would have given had it read this one's lines
     * after its own: {@code before} holds nothing back (no message, no lines waiting for a year or a time), knows
     * the same host, year source and zone as this one started with, and this one's first line is a glog line that
     * takes the same year from both and is later than every line {@code before} read (so that from then on both
     * know the same). When it is not, the lines must be read again by {@code before}, in order.
     *
     * @param before the parse of all lines before this one's first, {@linkplain #endEntry ended} where it could be
     */
    public boolean followsFrom(FileParse before) {
        if (start == null || first == null || !first.advanced || before.pending.isOpen()
                || !before.waitingForYear.isEmpty() || !before.untimed.isEmpty()) {
            return false;
        }
        boolean sameState = before.host.equals(start.host) && before.hostNamed == start.hostNamed
                && before.yearAssumed == start.yearAssumed && before.calendar.sameYearState(start.calendar);
        return sameState && before.calendar.givesSameYear(first.prefix, first.year);
    }

    /** Reads one physical line (without its line terminator); outcomes go to {@code out}, maybe later. */
    public void accept(String rawLine, Consumer<ParseOutcome> out) {
        if (start != null && first == null) {
            first = FirstLine.UNCHECKED;
            acceptLine(rawLine, out);
            if (first == FirstLine.UNCHECKED) {
                first = FirstLine.OTHER;
            }
            return;
        }
        acceptLine(rawLine, out);
    }

    /**
     * Reads one physical line given as its UTF-8 bytes, without its line terminator: the same as
     * {@link #accept(String, Consumer)} with the decoded line, but of a glog line (nearly every line) only the
     * message is decoded, not the whole line.
     */
    public void accept(byte[] bytes, int from, int to, Consumer<ParseOutcome> out) {
        // the first line (a byte order mark), lines held back, a first line to check and an unknown year: as text
        boolean plain = lineNumber > 0 && waitingForYear.isEmpty() && (start == null || first != null)
                && calendar.knowsYear() && to > from && bytes[to - 1] != '\r';
        GlogPrefix prefix = plain ? GlogPrefix.parse(lineBytes.reset(bytes, from, to), 0) : null;
        String message = prefix == null ? null : lineBytes.decode(prefix.messageStart());
        if (message == null || prefix.messageStart() + message.length() < GlogPrefix.MIN_LENGTH) {
            accept(new String(bytes, from, to - from, StandardCharsets.UTF_8), out);
            return;
        }
        // what acceptLine and process do with such a line: it is not blank, not a header, a glog line
        lineNumber++;
        counter.line();
        lineName = null;
        processGlogLine(lineNumber, null, prefix, null, message, out);
    }

    private void acceptLine(String rawLine, Consumer<ParseOutcome> out) {
        lineNumber++;
        counter.line();
        String line = lineNumber == 1 && !rawLine.isEmpty() && rawLine.charAt(0) == BYTE_ORDER_MARK ? rawLine.substring(1)
                : rawLine;
        if (!waitingForYear.isEmpty()) {
            waitingForYear.add(new NumberedLine(lineNumber, line));
            if (revealsYear(line)) {
                replayWaiting(out);
            } else if (waitingForYear.size() > maxWaiting()) {
                assumeYear();
                replayWaiting(out);
            }
            return;
        }
        process(lineNumber, line, out);
    }

    /** Ends the file: flushes the held-back event and reports what is still waiting. */
    public void finish(Consumer<ParseOutcome> out) {
        if (!waitingForYear.isEmpty()) {
            assumeYear();
            replayWaiting(out);
        }
        flush(out);
        untimed.giveUp(out, counter);
    }

    /** @return the year of the file's lines and where it came from (final after {@link #finish}) */
    public FileYear year() {
        return new FileYear(file, calendar.yearSource(), calendar.firstYear(), calendar.problem());
    }

    /**
     * Ends a log entry (a message and its continuation lines) read from a live source: releases the event held
     * back for continuation lines, as the next entry's first line would. Lines read later cannot continue it.
     */
    public void endEntry(Consumer<ParseOutcome> out) {
        flush(out);
    }

    /** Numbers the next line read: for a source whose earlier lines were read elsewhere (a restarted stream). */
    public void numberNextLine(long number) {
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + number);
        }
        lineNumber = number - 1;
    }

    /** @return what became of the lines read so far */
    public ParseStats stats() {
        return counter.snapshot();
    }

    /** @return the master host of this file: from its header, else the settings */
    public String host() {
        return host;
    }

    private void process(long number, String rawLine, Consumer<ParseOutcome> out) {
        String line = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
        if (line.isBlank()) {
            counter.blank();
            return;
        }
        if (processHeader(line, out)) {
            return;
        }
        GlogPrefix prefix = GlogPrefix.parse(line, 0);
        if (prefix != null) {
            lineName = null;
            processGlogLine(number, line, prefix, null, null, out);
            return;
        }
        CapturedLine captured = CapturePrefixes.split(line);
        lineName = captured == null ? null : captured.name();
        if (captured != null && captured.glog() != null) {
            processGlogLine(number, line, captured.glog(), captured, null, out);
            return;
        }
        String rest = captured == null ? line : line.substring(captured.recordStart());
        if (rest.isBlank()) {
            counter.blank();
            return;
        }
        processOtherLine(number, rest, out);
    }

    private boolean processHeader(String line, Consumer<ParseOutcome> out) {
        if (line.startsWith(LogFileHeader.CREATED)) {
            calendar.acceptHeaderDate(line.substring(LogFileHeader.CREATED.length()));
        } else if (line.startsWith(LogFileHeader.RUNNING_ON)) {
            String named = line.substring(LogFileHeader.RUNNING_ON.length()).strip();
            hostNamed |= !named.isEmpty();
            host = named.isEmpty() ? host : named;
        } else if (!line.startsWith(LogFileHeader.DURATION) && !line.startsWith(LogFileHeader.LINE_FORMAT)) {
            return false;
        }
        flush(out);
        counter.header();
        return true;
    }

    /**
     * @param line the line, {@code null} when it was given as bytes ({@link #lineBytes}), which only a malformed line
     *     needs decoded
     * @param message the message, {@code null} for the line's rest after the prefix
     */
    private void processGlogLine(long number, String line, GlogPrefix prefix, CapturedLine captured, String message,
            Consumer<ParseOutcome> out) {
        if (!prefix.isPlausible()) {
            flush(out);
            malformed(number, "impossible date or time in the glog prefix", wholeLine(line), out);
            return;
        }
        // a line given as bytes comes with the year known: knowsYearFor does not read it
        if (!knowsYearFor(line, prefix, captured) && !yearAssumed) {
            if (!archived && (settings.year() != null || settings.date() != null)) {
                // A live source cannot hold its lines back: the option's year, at once.
                assumeYear();
            } else {
                waitingForYear.add(new NumberedLine(number, line));
                return;
            }
        }
        flush(out);
        Instant time;
        try {
            time = calendar.instant(prefix.year(), prefix.month(), prefix.day(), prefix.hour(), prefix.minute(),
                    prefix.second(), prefix.micros());
        } catch (DateTimeException e) {
            malformed(number, "impossible date in the glog prefix: " + e.getMessage(), wholeLine(line), out);
            return;
        }
        if (first == FirstLine.UNCHECKED) {
            first = new FirstLine(prefix, calendar.lastLineYear(), calendar.lastAdvanced());
        }
        lastTime = time;
        untimed.release(time, out, counter);
        pending.start(source(number), time, prefix.severity(), prefix.location(),
                message != null ? message : line.substring(prefix.messageStart()));
    }

    private String wholeLine(String line) {
        return line != null ? line : lineBytes.toString();
    }

    private void processOtherLine(long number, String line, Consumer<ParseOutcome> out) {
        String[] zooKeeper = LinePrefixes.zooKeeperClientLine(line);
        if (zooKeeper != null) {
            flush(out);
            learnFromZooKeeperLine(zooKeeper);
            MesosEvent event = OtherLines.zooKeeperClientLine(zooKeeper, calendar, source(number));
            if (event == null) {
                malformed(number, "impossible date in the ZooKeeper client line", line, out);
                return;
            }
            lastTime = event.time();
            untimed.release(lastTime, out, counter);
            counter.event(event, out);
            return;
        }
        int timeEnd = LinePrefixes.timeOnlyPrefixEnd(line);
        if (timeEnd > 0) {
            flush(out);
            Instant time = calendar.instantOnLastDate(Integer.parseInt(line.substring(0, 2)),
                    Integer.parseInt(line.substring(3, 5)), Integer.parseInt(line.substring(6, 8)),
                    Integer.parseInt(line.substring(9, 15)));
            if (time == null) {
                malformed(number, "a line with only a time of day and no date known; pass the date as an option", line,
                        out);
                return;
            }
            lastTime = time;
            untimed.release(time, out, counter);
            pending.start(source(number), time, 'I', null, line.substring(timeEnd));
            return;
        }
        Function<Instant, MesosEvent> stderrEvent = OtherLines.stderrLine(line, messageParser(), source(number));
        if (stderrEvent != null) {
            flush(out);
            if (lastTime != null) {
                counter.event(stderrEvent.apply(lastTime), out);
            } else {
                untimed.hold(stderrEvent, source(number), line);
            }
            return;
        }
        int glued = LinePrefixes.gluedRecordStart(line);
        if (glued > 0 && OtherLines.stderrLine(line.substring(0, glued), messageParser(), source(number)) != null) {
            // a stderr text with the next record glued to it: each is read as a line of its own, with this number
            processOtherLine(number, line.substring(0, glued), out);
            counter.line();
            process(number, line.substring(glued), out);
            return;
        }
        if (pending.isOpen() && pending.append(line)) {
            counter.continuation();
            return;
        }
        malformed(number, pending.isOpen() ? "continuation too long" : "no glog prefix and no message to continue",
                line, out);
    }

    private boolean knowsYearFor(String line, GlogPrefix prefix, CapturedLine captured) {
        boolean known = prefix.year() != 0 || calendar.knowsYear() || calendar.learnFromIds(line, prefix.month());
        // A zoned capture prefix tells the zone even when the year is known.
        boolean learnt = captured != null && calendar.learnFromCapture(captured, prefix, settings.zoneGiven());
        return known || learnt;
    }

    private boolean revealsYear(String line) {
        if (line.startsWith(LogFileHeader.CREATED)) {
            return calendar.acceptHeaderDate(line.substring(LogFileHeader.CREATED.length()));
        }
        GlogPrefix prefix = GlogPrefix.parse(line, 0);
        CapturedLine captured = prefix == null ? CapturePrefixes.split(line) : null;
        if (captured != null) {
            prefix = captured.glog();
        }
        if (prefix != null) {
            return knowsYearFor(line, prefix, captured);
        }
        String rest = captured == null ? line : line.substring(captured.recordStart());
        String[] zooKeeper = LinePrefixes.zooKeeperClientLine(rest);
        return zooKeeper != null && learnFromZooKeeperLine(zooKeeper);
    }

    private boolean learnFromZooKeeperLine(String[] zooKeeper) {
        try {
            calendar.learnFromDatedLine(LocalDateTime.parse(zooKeeper[0]));
            return true;
        } catch (DateTimeException impossible) {
            return false;
        }
    }

    private int maxWaiting() {
        return settings.year() != null || settings.date() != null ? MAX_LINES_WAITING_WITH_OPTION
                : MAX_LINES_WAITING_FOR_YEAR;
    }

    /** The file did not tell its year (or not soon enough): the option's, else the one its end allows. */
    private void assumeYear() {
        yearAssumed = true;
        if (settings.year() != null) {
            calendar.assumeYear(settings.year(), YearSource.YEAR_OPTION);
        } else if (settings.date() != null) {
            calendar.assumeYear(settings.date().getYear(), YearSource.DATE_OPTION);
        } else {
            List<GlogPrefix> prefixes = new ArrayList<>(waitingForYear.size());
            for (NumberedLine waiting : waitingForYear) {
                GlogPrefix prefix = glogPrefixOf(waiting.text());
                if (prefix != null) {
                    prefixes.add(prefix);
                }
            }
            calendar.assumeYear(YearFallback.firstYear(prefixes,
                    LocalDateTime.ofInstant(latestPossible, calendar.zone())), latestPossibleSource);
        }
    }

    private static GlogPrefix glogPrefixOf(String line) {
        GlogPrefix prefix = GlogPrefix.parse(line, 0);
        if (prefix != null) {
            return prefix;
        }
        CapturedLine captured = CapturePrefixes.split(line);
        return captured == null ? null : captured.glog();
    }

    private void replayWaiting(Consumer<ParseOutcome> out) {
        Deque<NumberedLine> replay = new ArrayDeque<>(waitingForYear);
        waitingForYear.clear();
        for (NumberedLine waiting : replay) {
            process(waiting.number(), waiting.text(), out);
        }
    }

    private MessageParser messageParser() {
        return ways.memoized() ? MEMOIZED_PARSER.get() : PLAIN_PARSER.get();
    }

    private void flush(Consumer<ParseOutcome> out) {
        MesosEvent event = pending.close(messageParser());
        if (event != null) {
            counter.event(event, out);
        }
    }

    private void malformed(long number, String reason, String line, Consumer<ParseOutcome> out) {
        counter.malformed();
        out.accept(new ParseOutcome.Malformed(source(number), reason, line));
    }

    private SourceRef source(long number) {
        return new SourceRef(settings.cluster(), hostNamed || lineName == null ? host : lineName, file, number);
    }

    private record NumberedLine(long number, String text) {
    }

    /** The state a continuation started from: what must be the same at the end of the parse before it. */
    private record Start(String host, boolean hostNamed, boolean yearAssumed, LogCalendar calendar) {
    }

    /**
     * The first line of a continuation: a glog line, its prefix, the year it took and whether it was later than the
     * lines before; {@link #UNCHECKED} while it is read, {@link #OTHER} for any other first line.
     */
    private record FirstLine(GlogPrefix prefix, int year, boolean advanced) {
        static final FirstLine UNCHECKED = new FirstLine(null, 0, false);
        static final FirstLine OTHER = new FirstLine(null, 0, false);
    }
}
