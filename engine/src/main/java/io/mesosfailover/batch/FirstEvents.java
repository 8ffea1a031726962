package io.mesosfailover.batch;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.source.LineChunk;
import io.mesosfailover.source.LogChunks;
import io.mesosfailover.source.LogInput;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The time of each file's first event, so that the merge opens a file only when it needs it: each regular file is
 * opened, read up to its first event and closed, a few files at a time (one per worker). A file without any event
 * is read whole then, and never again. Standard input and named pipes can be read only once: they are read by the
 * merge from the start.
 */
final class FirstEvents {

    /** The chunks a file is read in while looking for its first event. */
    static final int CHUNK_BYTES = 64 * 1024;

    private final GlogParser parser;
    private final List<String> files;
    private final List<Found> found;

    private FirstEvents(GlogParser parser, List<String> files, List<Found> found) {
        this.parser = parser;
        this.files = files;
        this.found = found;
    }

    /**
     * @throws IOException when a file cannot be opened or read (the first such file of the list)
     */
    static FirstEvents find(GlogParser parser, List<String> files, ExecutorService workers) throws IOException {
        List<Future<Found>> futures = new ArrayList<>(files.size());
        for (String file : files) {
            futures.add(workers.submit(() -> find(parser, file)));
        }
        List<Found> found = new ArrayList<>(files.size());
        try {
            for (Future<Found> future : futures) {
                found.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while opening the files");
        } catch (ExecutionException e) {
            futures.forEach(future -> future.cancel(true));
            throw rethrown(e.getCause());
        }
        return new FirstEvents(parser, files, found);
    }

    int size() {
        return files.size();
    }

    String name(int file) {
        return files.get(file);
    }

    /** @return whether the file can be read only once (standard input, a named pipe): the merge reads it at once */
    boolean isStream(int file) {
        return found.get(file).stream;
    }

    boolean isStandardInput(int file) {
        return LogInput.STANDARD_INPUT.equals(files.get(file));
    }

    /** @return the time of the file's first event, {@code null} for a stream or a file without events */
    Instant first(int file) {
        return found.get(file).first;
    }

    /** @return a parse to read the file with, from its start */
    FileParse parse(int file) {
        return isStandardInput(file) ? parser.open(files.get(file)) : parser.open(files.get(file),
                found.get(file).modified);
    }

    /** @return what became of the lines of a file without events, read whole */
    FileRead readWhole(int file) {
        return found.get(file).whole;
    }

    /** @return the malformed lines of a file without events, in order (some of them, at least) */
    List<ParseOutcome.Malformed> malformed(int file) {
        return found.get(file).malformed;
    }

    private static Found find(GlogParser parser, String file) throws IOException {
        if (LogInput.STANDARD_INPUT.equals(file)) {
            return new Found(true, null, null, null, List.of());
        }
        Path path = Path.of(file);
        if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
            return new Found(true, null, Files.getLastModifiedTime(path).toInstant(), null, List.of());
        }
        try (LogChunks chunks = LogChunks.open(path)) {
            Instant modified = Files.getLastModifiedTime(path).toInstant();
            FileParse parse = parser.open(file, modified);
            FirstOutcomes outcomes = new FirstOutcomes();
            List<String> problems = new ArrayList<>();
            for (LineChunk chunk = chunks.next(CHUNK_BYTES); chunk != null && outcomes.first == null;
                    chunk = chunks.next(CHUNK_BYTES)) {
                chunk.forEachLine(line -> {
                    if (outcomes.first == null) {
                        parse.accept(line, outcomes);
                    }
                }, problems);
                chunk.release();
            }
            if (outcomes.first == null) {
                parse.finish(outcomes);
            }
            if (outcomes.first != null) {
                return new Found(false, outcomes.first, modified, null, List.of());
            }
            return new Found(false, null, modified, new FileRead(parse.stats(), parse.year(), problems),
                    outcomes.malformed);
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    /** The first event's time and the malformed lines before it. */
    private static final class FirstOutcomes implements Consumer<ParseOutcome> {
        private Instant first;
        private final List<ParseOutcome.Malformed> malformed = new ArrayList<>();

        @Override
        public void accept(ParseOutcome outcome) {
            outcome.map(this::event, this::malformedLine);
        }

        private Void event(MesosEvent event) {
            if (first == null) {
                first = event.time();
            }
            return null;
        }

        private Void malformedLine(ParseOutcome.Malformed line) {
            if (malformed.size() < BatchAnalyzer.MALFORMED_SAMPLES) {
                malformed.add(line);
            }
            return null;
        }
    }

    /**
     * What was found of one file: whether it is a stream, its first event's time, its modification time, and for a
     * file without events what became of its lines.
     */
    private record Found(boolean stream, Instant first, Instant modified, FileRead whole,
            List<ParseOutcome.Malformed> malformed) {
    }
}
