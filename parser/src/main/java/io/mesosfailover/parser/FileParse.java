package io.mesosfailover.parser;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.parser.internal.GlogPrefix;
import io.mesosfailover.parser.internal.LinePrefixes;
import io.mesosfailover.parser.internal.LogCalendar;
import io.mesosfailover.parser.internal.MessageGate;
import io.mesosfailover.parser.internal.MessageParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the lines of one file, in order. It keeps what the file told so far (year, date, host), joins
 * continuation lines to the message before them (so it holds back one event until the next line or
 * {@link #finish}), and counts every line. Not thread-safe.
 */
public final class FileParse {

    /** Lines held back at most while waiting for the file to reveal its year. */
    static final int MAX_LINES_WAITING_FOR_YEAR = 100_000;


    private final ParserSettings settings;
    private final String file;
    private final MessageGate gate;
    private final MessageParser messageParser;
    private final LogCalendar calendar;
    private final LineCounter counter = new LineCounter();
    private final Deque<NumberedLine> waitingForYear = new ArrayDeque<>();
    private final UntimedNotes untimed = new UntimedNotes();
    private final PendingMessage pending;
    private String host;
    private Instant lastTime;
    private long lineNumber;
    private boolean yearGivenUp;

    FileParse(ParserSettings settings, String file, boolean gated, boolean memoized) {
        this.settings = settings;
        this.messageParser = new MessageParser(memoized);
        this.file = file;
        this.gate = gated ? MessageGate.instance() : null;
        this.calendar = new LogCalendar(settings.zone(), settings.year() == null ? 0 : settings.year(), settings.date());
        this.host = settings.host() == null ? ParserSettings.UNKNOWN_HOST : settings.host();
        this.pending = new PendingMessage(messageParser, gate);
    }

    /** Reads one physical line (without its line terminator); outcomes go to {@code out}, maybe later. */
    public void accept(String line, Consumer<ParseOutcome> out) {
        lineNumber++;
        counter.line();
        if (!waitingForYear.isEmpty()) {
            waitingForYear.add(new NumberedLine(lineNumber, line));
            if (revealsYear(line)) {
                replayWaiting(out);
            } else if (waitingForYear.size() > MAX_LINES_WAITING_FOR_YEAR) {
                yearGivenUp = true;
                replayWaiting(out);
            }
            return;
        }
        process(lineNumber, line, out);
    }

    /** Ends the file: flushes the held-back event and reports what is still waiting. */
    public void finish(Consumer<ParseOutcome> out) {
        if (!waitingForYear.isEmpty()) {
            yearGivenUp = true;
            replayWaiting(out);
        }
        flush(out);
        untimed.giveUp(out, counter);
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
        if (prefix == null) {
            int syslogEnd = LinePrefixes.syslogPrefixEnd(line);
            prefix = syslogEnd > 0 ? GlogPrefix.parse(line, syslogEnd) : null;
        }
        if (prefix != null) {
            processGlogLine(number, line, prefix, out);
            return;
        }
        processOtherLine(number, line, out);
    }

    private boolean processHeader(String line, Consumer<ParseOutcome> out) {
        if (line.startsWith(LogFileHeader.CREATED)) {
            calendar.acceptHeaderDate(line.substring(LogFileHeader.CREATED.length()));
        } else if (line.startsWith(LogFileHeader.RUNNING_ON)) {
            String named = line.substring(LogFileHeader.RUNNING_ON.length()).strip();
            host = named.isEmpty() ? host : named;
        } else if (!line.startsWith(LogFileHeader.DURATION) && !line.startsWith(LogFileHeader.LINE_FORMAT)) {
            return false;
        }
        flush(out);
        counter.header();
        return true;
    }

    private void processGlogLine(long number, String line, GlogPrefix prefix, Consumer<ParseOutcome> out) {
        if (prefix.year() == 0 && !calendar.knowsYear() && !calendar.learnFromIds(line, prefix.month())) {
            if (!yearGivenUp) {
                waitingForYear.add(new NumberedLine(number, line));
                return;
            }
            flush(out);
            malformed(number, "no year known: the file has no 'Log file created at:' header and no dated Mesos id;"
                    + " pass the year as an option", line, out);
            return;
        }
        flush(out);
        Instant time;
        try {
            time = calendar.instant(prefix.year(), prefix.month(), prefix.day(), prefix.hour(), prefix.minute(),
                    prefix.second(), prefix.micros());
        } catch (DateTimeException e) {
            malformed(number, "impossible date in the glog prefix: " + e.getMessage(), line, out);
            return;
        }
        lastTime = time;
        untimed.release(time, out, counter);
        pending.start(source(number), time, prefix.severity(), prefix.location(), line.substring(prefix.messageStart()));
    }

    private void processOtherLine(long number, String line, Consumer<ParseOutcome> out) {
        String[] zooKeeper = LinePrefixes.zooKeeperClientLine(line);
        if (zooKeeper != null) {
            flush(out);
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
        Function<Instant, MesosEvent> stderrEvent = OtherLines.stderrLine(line, messageParser, source(number));
        if (stderrEvent != null) {
            flush(out);
            if (lastTime != null) {
                counter.event(stderrEvent.apply(lastTime), out);
            } else {
                untimed.hold(stderrEvent, source(number), line);
            }
            return;
        }
        if (pending.isOpen() && pending.append(line)) {
            counter.continuation();
            return;
        }
        malformed(number, pending.isOpen() ? "continuation too long" : "no glog prefix and no message to continue",
                line, out);
    }

    private boolean revealsYear(String line) {
        if (line.startsWith(LogFileHeader.CREATED)) {
            return calendar.acceptHeaderDate(line.substring(LogFileHeader.CREATED.length()));
        }
        GlogPrefix prefix = GlogPrefix.parse(line, 0);
        return prefix != null && (prefix.year() != 0 || calendar.learnFromIds(line, prefix.month()));
    }

    private void replayWaiting(Consumer<ParseOutcome> out) {
        Deque<NumberedLine> replay = new ArrayDeque<>(waitingForYear);
        waitingForYear.clear();
        for (NumberedLine waiting : replay) {
            process(waiting.number(), waiting.text(), out);
        }
    }

    private void flush(Consumer<ParseOutcome> out) {
        MesosEvent event = pending.close();
        if (event != null) {
            counter.event(event, out);
        }
    }

    private void malformed(long number, String reason, String line, Consumer<ParseOutcome> out) {
        counter.malformed();
        out.accept(new ParseOutcome.Malformed(source(number), reason, line));
    }

    private SourceRef source(long number) {
        return new SourceRef(settings.cluster(), host, file, number);
    }

    private record NumberedLine(long number, String text) {
    }
}
