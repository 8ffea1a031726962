package io.mesosfailover.batch;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.source.LogInput;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The events of one file, one at a time. A thread of its own reads and parses the file ahead, in batches through
 * a bounded queue, so that parsing overlaps the merge and the timelines (memory stays bounded by the queue).
 */
final class EventCursor implements Closeable {

    /** Events per batch handed from the parsing thread. */
    static final int BATCH = 1_024;
    /** Batches the parsing thread may be ahead. */
    static final int QUEUED_BATCHES = 8;

    private static final List<MesosEvent> END = List.of();

    private final LogInput input;
    private final FileParse parse;
    private final BlockingQueue<List<MesosEvent>> batches = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread reader;
    private volatile long bytesRead;
    private volatile Throwable failure;
    private List<MesosEvent> current = new ArrayList<>();
    private int position;
    private boolean ended;

    EventCursor(LogInput input, FileParse parse, Consumer<ParseOutcome.Malformed> malformed) {
        this.input = input;
        this.parse = parse;
        this.reader = new Thread(() -> readAll(malformed), "parse " + input.name());
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** @return the next event without taking it, {@code null} at the end of the file */
    MesosEvent peek() throws IOException {
        while (position == current.size() && !ended) {
            try {
                current = batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading " + input.name());
            }
            position = 0;
            if (current == END) {
                ended = true;
                rethrowFailure();
            }
        }
        return position < current.size() ? current.get(position) : null;
    }

    /** @return the next event, {@code null} at the end of the file */
    MesosEvent next() throws IOException {
        MesosEvent event = peek();
        if (event != null) {
            position++;
        }
        return event;
    }

    /** @return the parse of the file; its statistics are complete once {@link #next} returned {@code null} */
    FileParse parse() {
        return parse;
    }

    LogInput input() {
        return input;
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        reader.interrupt();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        input.close();
    }

    private void readAll(Consumer<ParseOutcome.Malformed> malformed) {
        List<MesosEvent>[] batch = newBatch();
        Consumer<ParseOutcome> sink = outcome -> {
            if (outcome instanceof ParseOutcome.Parsed) {
                batch[0].add(((ParseOutcome.Parsed) outcome).event());
            } else {
                malformed.accept((ParseOutcome.Malformed) outcome);
            }
        };
        try {
            for (String line = input.readLine(); line != null; line = input.readLine()) {
                parse.accept(line, sink);
                if (batch[0].size() >= BATCH) {
                    bytesRead = input.bytesRead();
                    batches.put(batch[0]);
                    batch[0] = new ArrayList<>(BATCH);
                }
            }
            parse.finish(sink);
            if (!batch[0].isEmpty()) {
                batches.put(batch[0]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        try {
            batches.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<MesosEvent>[] newBatch() {
        return new List[] {new ArrayList<MesosEvent>(BATCH)};
    }

    private void rethrowFailure() throws IOException {
        Throwable thrown = failure;
        if (thrown instanceof IOException) {
            throw (IOException) thrown;
        }
        if (thrown instanceof UncheckedIOException) {
            throw ((UncheckedIOException) thrown).getCause();
        }
        if (thrown instanceof RuntimeException) {
            throw (RuntimeException) thrown;
        }
        if (thrown instanceof Error) {
            throw (Error) thrown;
        }
    }
}
