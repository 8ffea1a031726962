package io.mesosfailover.influx;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.metrics.MetricPoint;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@link MetricsSink}: a bounded queue of line-protocol lines and one writer thread. At most
 * {@code bufferCapacity} points wait, plus one batch in flight; when the queue is full the oldest waiting point
 * is dropped (as Telegraf does: the newest state matters most, and a re-run of the same logs writes the lost
 * points again, idempotently).
 */
final class BufferedSink implements MetricsSink {

    private final PointWriter writer;
    private final SinkSettings settings;
    private final Consumer<String> warnings;
    private final Duration closeTimeout;
    private final Object lock = new Object();
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final Thread thread;

    private int inFlight;
    private long accepted;
    private long written;
    private long retried;
    private long dropped;
    private String lastError;
    private boolean overflowing;
    private boolean flushing;
    private boolean closing;
    private boolean closed;

    BufferedSink(PointWriter writer, SinkSettings settings, Consumer<String> warnings, Duration closeTimeout) {
        this.writer = requireNonNull(writer, "writer is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.warnings = requireNonNull(warnings, "warnings is null");
        this.closeTimeout = requireNonNull(closeTimeout, "closeTimeout is null");
        this.thread = new Thread(this::run, "metrics-sink");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void write(List<MetricPoint> points) {
        List<String> lines = LineProtocol.of(points);
        String warning = null;
        synchronized (lock) {
            if (closing) {
                throw new IllegalStateException("the metrics sink is closed");
            }
            for (String line : lines) {
                if (queue.size() >= settings.bufferCapacity()) {
                    queue.pollFirst();
                    dropped++;
                    if (!overflowing) {
                        overflowing = true;
                        warning = "metrics buffer full (" + settings.bufferCapacity() + " points) while the database"
                                + " is unavailable (" + lastError + "): dropping the oldest points";
                    }
                }
                queue.addLast(line);
                accepted++;
            }
            lock.notifyAll();
        }
        if (warning != null) {
            warnings.accept(warning);
        }
    }

    @Override
    public boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            flushing = true;
            lock.notifyAll();
            try {
                while (pending() > 0 && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    lock.wait(Math.max(1, left / 1_000_000));
                }
                return pending() == 0;
            } finally {
                flushing = false;
            }
        }
    }

    @Override
    public SinkStats stats() {
        synchronized (lock) {
            return new SinkStats(accepted, written, retried, dropped, pending(), lastError);
        }
    }

    @Override
    public void close() {
        close(closeTimeout);
    }

    @Override
    public void close(Duration timeout) {
        synchronized (lock) {
            if (closed) {
                return;
            }
        }
        try {
            flush(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long unwritten;
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
        try {
            thread.join(Math.min(settings.requestTimeout().toMillis(), timeout.toMillis()) + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            closed = true;
            unwritten = pending();
            dropped += unwritten;
            queue.clear();
            inFlight = 0;
        }
        writer.close();
        if (unwritten > 0) {
            warnings.accept(unwritten + " metric points not written before the sink was closed (last error: "
                    + lastError + ")");
        }
    }

    private int pending() {
        return queue.size() + inFlight;
    }

    private void run() {
        List<String> batch;
        while ((batch = nextBatch()) != null) {
            send(batch);
        }
    }

    /** @return the next batch, once full, flushed or old enough; {@code null} when closing */
    private List<String> nextBatch() {
        synchronized (lock) {
            long waitedSince = System.nanoTime();
            while (!closing && (queue.isEmpty() || queue.size() < settings.batchSize() && !flushing
                    && System.nanoTime() - waitedSince < settings.flushInterval().toNanos())) {
                if (queue.isEmpty()) {
                    waitedSince = System.nanoTime();
                }
                waitQuietly(queue.isEmpty() ? 0 : settings.flushInterval().toMillis());
            }
            if (closing) {
                return null;
            }
            List<String> batch = new ArrayList<>(Math.min(queue.size(), settings.batchSize()));
            while (!queue.isEmpty() && batch.size() < settings.batchSize()) {
                batch.add(queue.pollFirst());
            }
            inFlight = batch.size();
            if (queue.size() < settings.bufferCapacity()) {
                overflowing = false;
            }
            return batch;
        }
    }

    /** Writes one batch, retrying with exponential backoff until it is written, rejected, or the sink closes. */
    private void send(List<String> batch) {
        long backoff = Math.max(1, settings.firstBackoff().toMillis());
        while (true) {
            try {
                writer.write(batch);
                done(batch.size(), 0, null);
                return;
            } catch (WriteException e) {
                if (!e.retryable()) {
                    // warn first: a flush that returns once nothing is pending must find the warning given
                    warnings.accept(batch.size() + " metric points rejected by the database: " + e.getMessage());
                    done(0, batch.size(), e.getMessage());
                    return;
                }
                synchronized (lock) {
                    lastError = e.getMessage();
                    if (closing) {
                        return;
                    }
                    retried++;
                    long until = System.nanoTime() + backoff * 1_000_000L;
                    for (long left = backoff; left > 0 && !closing; left = (until - System.nanoTime()) / 1_000_000L) {
                        waitQuietly(left);
                    }
                    if (closing) {
                        return;
                    }
                }
                backoff = Math.min(backoff * 2, Math.max(1, settings.maxBackoff().toMillis()));
            }
        }
    }

    private void done(int writtenNow, int droppedNow, String error) {
        synchronized (lock) {
            written += writtenNow;
            dropped += droppedNow;
            if (error != null) {
                lastError = error;
            }
            inFlight = 0;
            lock.notifyAll();
        }
    }

    private void waitQuietly(long millis) {
        try {
            lock.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        }
    }
}
