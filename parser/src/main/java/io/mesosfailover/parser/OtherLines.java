package io.mesosfailover.parser;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Severity;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.event.StderrNoteLogged;
import io.mesosfailover.event.ZooKeeperClientLogged;
import io.mesosfailover.parser.internal.EventFactory;
import io.mesosfailover.parser.internal.LogCalendar;
import io.mesosfailover.parser.internal.MessageParser;
import io.mesosfailover.parser.internal.ParsedMessage;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Function;

/** The lines of a master's stderr that are not glog lines: ZooKeeper client lines, glog notes, bare EXIT texts. */
final class OtherLines {

    private static final String GLOG_PREAMBLE = "WARNING: Logging before InitGoogleLogging() is written to STDERR";
    private static final String CHECK_FAILURE_TRACE = "*** Check failure stack trace: ***";

    private OtherLines() {
    }

    /** @return the event of a split ZooKeeper client line, or {@code null} when its date is impossible */
    static MesosEvent zooKeeperClientLine(String[] parts, LogCalendar calendar, SourceRef source) {
        try {
            Instant time = calendar.instantOf(LocalDateTime.parse(parts[0]));
            return new ZooKeeperClientLogged(time, source, parts[1], parts[2], parts[3]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Recognises a prefix-less stderr line. Its event takes the time of the line before it, which the caller
     * supplies.
     *
     * @return a maker of the event given a time, or {@code null} when the line is none of these
     */
    static Function<Instant, MesosEvent> stderrLine(String line, MessageParser parser, SourceRef source) {
        if (line.equals(GLOG_PREAMBLE)) {
            return time -> new StderrNoteLogged(time, source, StderrNoteLogged.Note.GLOG_PREAMBLE, line);
        }
        if (line.equals(CHECK_FAILURE_TRACE)) {
            return time -> new StderrNoteLogged(time, source, StderrNoteLogged.Note.CHECK_FAILURE_TRACE, line);
        }
        String stripped = line.strip();
        if (!stripped.equals(line) && stripped.startsWith("@") && stripped.contains("0x")) {
            return time -> new StderrNoteLogged(time, source, StderrNoteLogged.Note.STACK_FRAME, stripped);
        }
        if (Character.isWhitespace(line.charAt(0))) {
            return null;
        }
        ParsedMessage exit = parser.parseBareStderrLine(line);
        if (exit == null) {
            return null;
        }
        return time -> EventFactory.create(exit, time, source, Severity.ERROR, true);
    }
}
