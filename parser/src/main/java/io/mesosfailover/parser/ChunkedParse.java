package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.parser.internal.GlogPrefix;
import io.mesosfailover.source.LineChunk;
import io.mesosfailover.source.LogChunks;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One log read in chunks ({@link LogChunks}) and parsed on several threads, its outcomes delivered in the order of
 * its lines, exactly as one {@link FileParse} reading every line in order gives them.
 *
 * <p>A thread of its own reads the chunks. The first chunk is parsed by the given parse. Every later chunk that
 * starts with a glog line is parsed at the same time as the others, by a {@linkplain FileParse#continuation
 * continuation} of the state the parse had after the latest chunk known then, and {@linkplain FileParse#followsFrom
 * checked} once the chunk before it is known: a continuation that gave something else (a new year on the way, a
 * header in the middle of the file, lines waiting for a year), and every chunk that does not start with a glog line,
 * is read again by the parse of the lines before it, in order. The caller's {@link Work} runs on the parsing thread,
 * for each chunk's outcomes (JSON written in parallel, say), or for lines read again, on the caller's.
 *
 * <p>Memory is bounded by the chunks read ahead. {@link #next} is for one thread at a time.
 *
 * @param <R> what the caller's work makes of a chunk's outcomes
 */
public final class ChunkedParse<R> implements Closeable {

    /** The first chunk: small, so that the others can start soon from the state it ends in. */
    public static final int FIRST_CHUNK_BYTES = 64 * 1024;
    /** The other chunks. */
    public static final int CHUNK_BYTES = 256 * 1024;

    private final FileParse first;
    private final LogChunks chunks;
    private final Executor workers;
    private final Work<R> work;
    private final int firstChunkBytes;
    private final int chunkBytes;
    private final BlockingQueue<Slot<R>> slots;
    private final CompletableFuture<Void> firstParsed = new CompletableFuture<>();
    /** A continuation of the latest parse known to be right: where chunks read from now on start. */
    private final AtomicReference<FileParse> latestKnown = new AtomicReference<>();
    private final AtomicInteger readerState = new AtomicInteger();
    private final CountDownLatch readerDone = new CountDownLatch(1);
    private final List<String> problems = new ArrayList<>();
    private volatile Thread reader;
    private volatile long bytesRead;
    private FileParse current;
    private ParseStats statsBefore = ParseStats.empty();
    private R finished;
    private boolean ended;
    private int readAgain;

    /** What the caller makes of the outcomes of a run of lines; runs on any thread. */
    @FunctionalInterface
    public interface Work<R> {
        /** @param outcomes the outcomes of consecutive lines, in order */
        R apply(List<ParseOutcome> outcomes);
    }

    private ChunkedParse(FileParse parse, LogChunks chunks, Executor workers, Reading reading, Work<R> work) {
        this.first = requireNonNull(parse, "parse is null");
        this.chunks = requireNonNull(chunks, "chunks is null");
        this.workers = requireNonNull(workers, "workers is null");
        this.work = requireNonNull(work, "work is null");
        this.slots = new ArrayBlockingQueue<>(reading.ahead());
        this.current = parse;
        this.firstChunkBytes = reading.firstChunkBytes();
        this.chunkBytes = reading.chunkBytes();
    }

    /**
     * Starts reading and parsing.
     *
     * @param parse the parse of the file, fresh ({@link GlogParser#open})
     * @param chunks the file's lines; closed by this parse
     * @param workers where chunks are parsed
     * @param readers where the file is read (one task, as long as the file is)
     * @param ahead chunks read ahead at most
     * @param work what to make of each chunk's outcomes
     */
    public static <R> ChunkedParse<R> start(FileParse parse, LogChunks chunks, Executor workers, Executor readers,
            int ahead, Work<R> work) {
        return start(parse, chunks, workers, readers, new Reading(ahead, FIRST_CHUNK_BYTES, CHUNK_BYTES), work);
    }

    /** {@link #start} with other chunk sizes (tests make many small chunks). */
    static <R> ChunkedParse<R> start(FileParse parse, LogChunks chunks, Executor workers, Executor readers,
            Reading reading, Work<R> work) {
        ChunkedParse<R> chunked = new ChunkedParse<>(parse, chunks, workers, reading, work);
        try {
            readers.execute(chunked::read);
        } catch (RuntimeException refused) {
            chunked.closeQuietly();
            throw refused;
        }
        return chunked;
    }

    /**
     * @return what the work made of the next lines' outcomes, in order, {@code null} after the last (the end of the
     *     file releases what the parse held back: that is the last)
     * @throws IOException when the file cannot be read
     */
    public R next() throws IOException {
        if (ended) {
            R last = finished;
            finished = null;
            return last;
        }
        Slot<R> slot = take();
        if (slot.end) {
            ended = true;
            if (slot.failure != null) {
                throw slot.failure;
            }
            List<ParseOutcome> outcomes = new ArrayList<>();
            current.finish(outcomes::add);
            return work.apply(outcomes);
        }
        Piece<R> piece = slot.parsed == null ? null : join(slot.parsed);
        R result;
        if (piece != null && (piece.parse == current || piece.parse.followsFrom(current))) {
            if (piece.parse != current) {
                statsBefore = statsBefore.plus(current.stats());
                current = piece.parse;
            }
            problems.addAll(piece.problems);
            result = piece.result;
        } else {
            readAgain++;
            result = parse(current, slot.chunk, slot.endsEntry, problems);
        }
        latestKnown.set(current.continuation(slot.chunk.firstLine() + slot.chunk.lines()));
        slot.chunk.release();
        return result;
    }

    /** @return what became of the lines; complete once {@link #next} returned {@code null} */
    public ParseStats stats() {
        return statsBefore.plus(current.stats());
    }

    /** @return the year of the file's lines and where it came from; final once {@link #next} returned {@code null} */
    public FileYear year() {
        return current.year();
    }

    /** @return the master host of the file, as its lines told so far */
    public String host() {
        return current.host();
    }

    /** @return what went wrong while reading so far, in words for the user (cut lines, a damaged gzip stream) */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** @return bytes read from the file so far (compressed bytes for gzip) */
    public long bytesRead() {
        return bytesRead;
    }

    /** @return chunks whose parse was not what the lines in order give, read again (for tests and figures) */
    int chunksReadAgain() {
        return readAgain;
    }

    /** Stops reading and closes the file. */
    @Override
    public void close() throws IOException {
        if (readerState.compareAndSet(0, 2)) {
            chunks.close();
            return;
        }
        Thread thread = reader;
        if (thread != null) {
            thread.interrupt();
        }
        slots.clear();
        try {
            readerDone.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // closing after a refusal: the refusal is what the caller hears of
        }
    }

    /** The reader: chunks in order, each given to a worker when it can be parsed apart from the one before. */
    private void read() {
        if (!readerState.compareAndSet(0, 1)) {
            return;
        }
        reader = Thread.currentThread();
        try (LogChunks input = chunks) {
            boolean previousEndsEntry = false;
            boolean firstChunk = true;
            for (LineChunk chunk = input.next(firstChunkBytes); chunk != null; chunk = input.next(chunkBytes)) {
                bytesRead = input.bytesRead();
                boolean endsEntry = startsEntry(chunk.following());
                slots.put(slot(chunk, endsEntry, firstChunk, previousEndsEntry));
                previousEndsEntry = endsEntry;
                firstChunk = false;
            }
            bytesRead = input.bytesRead();
            slots.put(Slot.end(null));
        } catch (IOException | UncheckedIOException e) {
            putEnd(e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            putEnd(new IOException("reading " + chunks.name() + " failed: " + e, e));
        } finally {
            reader = null;
            readerDone.countDown();
        }
    }

    private void putEnd(IOException failure) {
        try {
            slots.put(Slot.end(failure));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private Slot<R> slot(LineChunk chunk, boolean endsEntry, boolean firstChunk, boolean previousEndsEntry) {
        if (firstChunk) {
            CompletableFuture<Piece<R>> parsed = CompletableFuture.supplyAsync(() -> {
                Piece<R> piece = parsePiece(first, chunk, endsEntry);
                latestKnown.compareAndSet(null, first.continuation(chunk.firstLine() + chunk.lines()));
                firstParsed.complete(null);
                return piece;
            }, workers);
            parsed.whenComplete((piece, failure) -> firstParsed.complete(null));
            return new Slot<>(chunk, endsEntry, parsed);
        }
        if (!previousEndsEntry) {
            // it goes on with the entry the chunk before ended in: read it after that one, in order
            return new Slot<>(chunk, endsEntry, null);
        }
        CompletableFuture<Piece<R>> parsed = firstParsed.thenApplyAsync(
                ready -> parsePiece(latestKnown.get().continuation(chunk.firstLine()), chunk, endsEntry), workers);
        return new Slot<>(chunk, endsEntry, parsed);
    }

    private Piece<R> parsePiece(FileParse parse, LineChunk chunk, boolean endsEntry) {
        List<String> chunkProblems = new ArrayList<>(0);
        R result = parse(parse, chunk, endsEntry, chunkProblems);
        return new Piece<>(parse, result, chunkProblems);
    }

    private R parse(FileParse parse, LineChunk chunk, boolean endsEntry, List<String> problemsOut) {
        List<ParseOutcome> outcomes = new ArrayList<>(chunk.lines() + 1);
        Consumer<ParseOutcome> out = outcomes::add;
        chunk.forEachLine(new LineChunk.LineHandler() {
            @Override
            public void line(String line) {
                parse.accept(line, out);
            }

            @Override
            public void line(byte[] bytes, int from, int to) {
                parse.accept(bytes, from, to, out);
            }
        }, problemsOut);
        if (endsEntry) {
            // the next line starts an entry and would release the held message: nothing can join it
            parse.endEntry(outcomes::add);
        }
        return work.apply(outcomes);
    }

    /**
     * @param lineStart the beginning of a line (its first kilobytes), {@code null} at the end of the file
     * @return whether the line is a glog line, which ends the entry before it (one whose prefix is longer than that
     *     beginning is taken for none: the chunk after is then read in order)
     */
    static boolean startsEntry(String lineStart) {
        return lineStart != null && GlogPrefix.parse(lineStart, 0) != null;
    }

    private Slot<R> take() throws IOException {
        try {
            return slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + chunks.name());
        }
    }

    private Piece<R> join(CompletableFuture<Piece<R>> parsed) throws IOException {
        try {
            return parsed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while parsing " + chunks.name());
        } catch (ExecutionException | CompletionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("parsing " + chunks.name() + " failed: " + cause, cause);
        }
    }

    /** A chunk, in the order of the file, and its parse when it is parsed apart from the chunk before. */
    private static final class Slot<R> {
        final LineChunk chunk;
        final boolean endsEntry;
        final CompletableFuture<Piece<R>> parsed;
        final boolean end;
        final IOException failure;

        Slot(LineChunk chunk, boolean endsEntry, CompletableFuture<Piece<R>> parsed) {
            this.chunk = chunk;
            this.endsEntry = endsEntry;
            this.parsed = parsed;
            this.end = false;
            this.failure = null;
        }

        private Slot(IOException failure) {
            this.chunk = null;
            this.endsEntry = false;
            this.parsed = null;
            this.end = true;
            this.failure = failure;
        }

        static <R> Slot<R> end(IOException failure) {
            return new Slot<>(failure);
        }
    }

    /**
     * How a file is read.
     *
     * @param ahead chunks read ahead at most
     * @param firstChunkBytes the size of the first chunk
     * @param chunkBytes the size of the others
     */
    record Reading(int ahead, int firstChunkBytes, int chunkBytes) {
        Reading {
            if (ahead < 1 || firstChunkBytes < 1 || chunkBytes < 1) {
                throw new IllegalArgumentException("sizes must be positive: " + ahead + ", " + firstChunkBytes + ", "
                        + chunkBytes);
            }
        }
    }

    /** A chunk parsed: by which parse, what the work made of it, the problems met reading it. */
    private record Piece<R>(FileParse parse, R result, List<String> problems) {
    }
}
