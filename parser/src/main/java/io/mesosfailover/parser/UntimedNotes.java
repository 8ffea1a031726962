package io.mesosfailover.parser;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Prefix-less stderr lines that come before any line with a time (the glog preamble at the top of a stderr capture).
 * They wait for the next time and take it; if none comes, they are reported as malformed.
 */
final class UntimedNotes {

    /** Notes held at most; more are reported at once. */
    static final int MAX_HELD = 1_000;

    private final List<Held> held = new ArrayList<>();

    void hold(Function<Instant, MesosEvent> factory, SourceRef source, String line) {
        held.add(new Held(factory, source, line));
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    boolean isFull() {
        return held.size() >= MAX_HELD;
    }

    void release(Instant time, Consumer<ParseOutcome> out, LineCounter counter) {
        for (Held note : held) {
            counter.event(note.factory.apply(time), out);
        }
        held.clear();
    }

    void giveUp(Consumer<ParseOutcome> out, LineCounter counter) {
        for (Held note : held) {
            counter.malformed();
            out.accept(new ParseOutcome.Malformed(note.source, "a stderr line and no line with a time in the file",
                    note.line));
        }
        held.clear();
    }

    private record Held(Function<Instant, MesosEvent> factory, SourceRef source, String line) {
    }
}
