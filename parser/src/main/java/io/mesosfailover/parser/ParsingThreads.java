package io.mesosfailover.parser;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one run of {@link ChunkedParse}s: a worker per processor, which parse chunks, and a reader per open
 * file, which read them (waiting for the disk and for the consumer, mostly). Daemon threads, stopped by
 * {@link #close}.
 */
public final class ParsingThreads implements AutoCloseable {

    private final ExecutorService workers;
    private final ExecutorService readers;

    /** Starts no thread yet: they start with the first tasks. */
    public ParsingThreads() {
        this.workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                daemons("parse"));
        this.readers = Executors.newCachedThreadPool(daemons("read"));
    }

    /** @return the workers, one per processor */
    public ExecutorService workers() {
        return workers;
    }

    /** @return the readers, as many as files are read at once */
    public ExecutorService readers() {
        return readers;
    }

    /** Stops every thread, at once. */
    @Override
    public void close() {
        workers.shutdownNow();
        readers.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
