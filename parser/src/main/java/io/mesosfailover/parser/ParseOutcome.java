package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.SourceRef;
import java.util.function.Function;

/** What became of one logical line: an event (maybe {@code Unrecognized}), or a line that could not be read. */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.Malformed {

    /** The longest excerpt of a malformed line that is kept. */
    int MAX_EXCERPT = 200;

    /**
     * The one dispatch on the kind of outcome: a new kind must say here what it is to each caller.
     *
     * @param parsed what to make of an event
     * @param malformed what to make of a line that could not be read
     * @return what the function of this outcome's kind made of it
     */
    <R> R map(Function<? super MesosEvent, ? extends R> parsed, Function<? super Malformed, ? extends R> malformed);

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

        @Override
        public <R> R map(Function<? super MesosEvent, ? extends R> parsed,
                Function<? super Malformed, ? extends R> malformed) {
            return parsed.apply(event);
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
            excerpt = TextCut.prefix(excerpt, MAX_EXCERPT);
        }

        @Override
        public <R> R map(Function<? super MesosEvent, ? extends R> parsed,
                Function<? super Malformed, ? extends R> malformed) {
            return malformed.apply(this);
        }
    }
}
