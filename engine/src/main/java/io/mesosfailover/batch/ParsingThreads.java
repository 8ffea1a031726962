package io.mesosfailover.batch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one analysis: a worker per processor, which parse chunks, and a reader per open file, which read
 * them (waiting for the disk and for the merge, mostly). Daemon threads, stopped when the analysis ends.
 */
final class ParsingThreads implements AutoCloseable {

    private final ExecutorService workers;
    private final ExecutorService readers;

    ParsingThreads() {
        this.workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                daemons("parse"));
        this.readers = Executors.newCachedThreadPool(daemons("read"));
    }

    ExecutorService workers() {
        return workers;
    }

    ExecutorService readers() {
        return readers;
    }

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
