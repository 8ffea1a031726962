package io.mesosfailover.parser;

import io.mesosfailover.event.EventJson;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Unrecognized;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The running counts behind {@link ParseStats}; emitting an event and counting it are one step. */
final class LineCounter {

    private final Map<Class<?>, long[]> eventsByClass = new HashMap<>();
    private long lines;
    private long events;
    private long unrecognized;
    private long malformed;
    private long headerLines;
    private long continuationLines;
    private long blankLines;

    void line() {
        lines++;
    }

    void blank() {
        blankLines++;
    }

    void header() {
        headerLines++;
    }

    void continuation() {
        continuationLines++;
    }

    void malformed() {
        malformed++;
    }

    void event(MesosEvent event, Consumer<ParseOutcome> out) {
        events++;
        if (event instanceof Unrecognized) {
            unrecognized++;
        }
        eventsByClass.computeIfAbsent(event.getClass(), type -> new long[1])[0]++;
        out.accept(new ParseOutcome.Parsed(event));
    }

    @SuppressWarnings("unchecked")
    ParseStats snapshot() {
        SortedMap<String, Long> byType = new TreeMap<>();
        for (Map.Entry<Class<?>, long[]> entry : eventsByClass.entrySet()) {
            byType.put(EventJson.typeName((Class<? extends MesosEvent>) entry.getKey()), entry.getValue()[0]);
        }
        // Lines held back (an open message, lines waiting for a year or a time) become an outcome later.
        long pending = lines - events - malformed - headerLines - continuationLines - blankLines;
        return new ParseStats(lines, events, unrecognized, malformed, headerLines, continuationLines, blankLines, pending,
                byType);
    }
}
