package io.mesosfailover.batch;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.source.LogInput;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** The events of one file, one at a time: reads lines only as far as the next event. */
final class EventCursor implements Closeable {

    private final LogInput input;
    private final FileParse parse;
    private final Consumer<ParseOutcome.Malformed> malformed;
    private final Deque<MesosEvent> ready = new ArrayDeque<>();
    private final Consumer<ParseOutcome> sink;
    private boolean finished;
    private long bytesAtLastLine;

    EventCursor(LogInput input, FileParse parse, Consumer<ParseOutcome.Malformed> malformed) {
        this.input = input;
        this.parse = parse;
        this.malformed = malformed;
        this.sink = outcome -> {
            if (outcome instanceof ParseOutcome.Parsed) {
                ready.add(((ParseOutcome.Parsed) outcome).event());
            } else {
                this.malformed.accept((ParseOutcome.Malformed) outcome);
            }
        };
    }

    /** @return the next event without taking it, {@code null} at the end of the file */
    MesosEvent peek() throws IOException {
        while (ready.isEmpty() && !finished) {
            String line = input.readLine();
            if (line == null) {
                parse.finish(sink);
                finished = true;
            } else {
                parse.accept(line, sink);
                bytesAtLastLine = input.bytesRead();
            }
        }
        return ready.peek();
    }

    /** @return the next event, {@code null} at the end of the file */
    MesosEvent next() throws IOException {
        MesosEvent event = peek();
        ready.poll();
        return event;
    }

    FileParse parse() {
        return parse;
    }

    LogInput input() {
        return input;
    }

    long bytesRead() {
        return bytesAtLastLine;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
