package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A glog note on the master's stderr that has no prefix of its own: the preamble printed before logging is set
 * up, the header of a fatal stack trace, or one of its frames. Its time is that of the last line before it.
 *
 * @param time the time of the last prefixed line before it in the same file
 * @param source where the line came from
 * @param note which note it is
 * @param text the line as printed
 */
public record StderrNoteLogged(Instant time, SourceRef source, Note note, String text) implements MasterEvent {
    /** Checks the required components. */
    public StderrNoteLogged {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(note, "note is null");
        requireNonNull(text, "text is null");
    }

    /** The kinds of prefix-less glog notes. */
    public enum Note {
        /** {@code WARNING: Logging before InitGoogleLogging() is written to STDERR}. */
        GLOG_PREAMBLE,
        /** {@code *** Check failure stack trace: ***}. */
        CHECK_FAILURE_TRACE,
        /** A frame of that trace: {@code @ 0x7f... (unknown)}. */
        STACK_FRAME
    }
}
