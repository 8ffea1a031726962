package io.mesosfailover.parser;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Severity;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.event.Unrecognized;
import io.mesosfailover.parser.internal.EventFactory;
import io.mesosfailover.parser.internal.MessageGate;
import io.mesosfailover.parser.internal.MessageParser;
import io.mesosfailover.parser.internal.ParsedMessage;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * The message of the last prefixed line, held back until the next line shows whether it continues.
 * Closing it runs the gate and the grammar and makes the event.
 */
final class PendingMessage {

    /** A message with its continuation lines grows to this size at most; longer lines are rejected. */
    static final int MAX_MESSAGE_CHARS = 1 << 20;
    /** Longer messages match no template (the flags line, the longest, is a few kilobytes). */
    static final int MAX_PARSED_CHARS = 64 * 1024;
    /** The text an {@code Unrecognized} event keeps at most. */
    static final int MAX_KEPT_CHARS = 16 * 1024;

    private final MessageGate gate;
    private final boolean templateFields;
    /** The message of a single line (the common case), taken as it is. */
    private String text;
    /** The message with its continuation lines, {@code null} while it has none. */
    private StringBuilder joined;
    private SourceRef source;
    private Instant time;
    private char severity;
    private String location;
    private boolean open;

    /**
     * @param gate the gate of messages, {@code null} to send every message through the grammar
     * @param templateFields whether a known template's event carries its fields
     */
    PendingMessage(MessageGate gate, boolean templateFields) {
        this.gate = gate;
        this.templateFields = templateFields;
    }

    void start(SourceRef lineSource, Instant lineTime, char lineSeverity, String lineLocation, String lineText) {
        source = lineSource;
        time = lineTime;
        severity = lineSeverity;
        location = lineLocation;
        text = TextCut.prefix(lineText, MAX_MESSAGE_CHARS);
        joined = null;
        open = true;
    }

    boolean isOpen() {
        return open;
    }

    /** @return whether the line was joined; {@code false} when the message would grow too long */
    boolean append(String line) {
        int length = joined == null ? text.length() : joined.length();
        if (length + 1 + line.length() > MAX_MESSAGE_CHARS) {
            return false;
        }
        if (joined == null) {
            joined = new StringBuilder(text.length() + 1 + line.length() + 64).append(text);
        }
        joined.append('\n').append(line);
        return true;
    }

    /**
     * @param parser the parser of this thread
     * @return the event of the held message, or {@code null} when none is held
     */
    MesosEvent close(MessageParser parser) {
        if (!open) {
            return null;
        }
        open = false;
        String text = joined == null ? this.text : joined.toString();
        this.text = null;
        joined = null;
        MesosEvent event = null;
        if (text.length() <= MAX_PARSED_CHARS && (gate == null || gate.admits(text))) {
            event = typedEvent(parser, text);
        }
        if (event == null) {
            String kept = TextCut.prefix(text, MAX_KEPT_CHARS);
            if (kept.length() < text.length()) {
                kept += " [" + (text.length() - kept.length()) + " more characters]";
            }
            event = new Unrecognized(time, source, Severity.ofLetter(severity), location, kept);
        }
        return event;
    }

    private MesosEvent typedEvent(MessageParser parser, String text) {
        ParsedMessage parsed = parser.parseMessage(text);
        if (parsed == null) {
            return null;
        }
        try {
            return EventFactory.create(parsed, time, source, Severity.ofLetter(severity), templateFields);
        } catch (IllegalArgumentException | DateTimeException unconvertible) {
            // A template matched but one of its values cannot be read (an id that is not one, say): keep the line.
            return null;
        }
    }
}
