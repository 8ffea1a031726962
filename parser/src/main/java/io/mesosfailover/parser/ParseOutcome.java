package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.SourceRef;

/** What became of one logical line: an event (maybe {@code Unrecognized}), or a line that could not be read. */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.Malformed {

    /** The longest excerpt of a malformed line that is kept. */
    int MAX_EXCERPT = 200;

    /**
     * A line that became an event.
     *
     * @param event the event
     */
    record Parsed(MesosEvent event) implements ParseOutcome {
        /** Checks the event. */
        public Parsed {
            requireNonNull(event, "event is null");
        }
    }

    /**
     * A line that could not be read, with where it was and why.
     *
     * @param source file and line number
     * @param reason why it could not be read
     * @param excerpt the start of the line, at most {@link #MAX_EXCERPT} characters
     */
    record Malformed(SourceRef source, String reason, String excerpt) implements ParseOutcome {
        /** Checks the components and shortens the excerpt. */
        public Malformed {
            requireNonNull(source, "source is null");
            requireNonNull(reason, "reason is null");
            requireNonNull(excerpt, "excerpt is null");
            if (excerpt.length() > MAX_EXCERPT) {
                excerpt = excerpt.substring(0, MAX_EXCERPT);
            }
        }
    }
}
