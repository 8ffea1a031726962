package io.mesosfailover.batch;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.parser.ChunkedParse;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.source.LogChunks;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The events of one file, one at a time, from its {@linkplain ChunkedParse chunked parse}: the file is read ahead
 * by a thread of its own and parsed by the workers, a few chunks at most, so that memory stays bounded.
 */
final class FileCursor implements Closeable {

    /** Chunks read ahead of the merge, per file. */
    static final int CHUNKS_AHEAD = 6;

    private final ChunkedParse<List<ParseOutcome>> parse;
    /** Hands a malformed line on and gives no event. */
    private final Function<ParseOutcome.Malformed, MesosEvent> onMalformed;
    private List<ParseOutcome> current = List.of();
    private int position;
    private boolean ended;

    FileCursor(FileParse fileParse, LogChunks chunks, Executor workers, Executor readers,
            Consumer<ParseOutcome.Malformed> malformed) {
        this.parse = ChunkedParse.start(fileParse, chunks, workers, readers, CHUNKS_AHEAD, outcomes -> outcomes);
        this.onMalformed = line -> {
            malformed.accept(line);
            return null;
        };
    }

    /** @return the next event, {@code null} at the end of the file */
    MesosEvent next() throws IOException {
        while (!ended) {
            while (position < current.size()) {
                MesosEvent event = current.get(position++).map(Function.identity(), onMalformed);
                if (event != null) {
                    return event;
                }
            }
            List<ParseOutcome> piece = parse.next();
            if (piece == null) {
                ended = true;
                current = List.of();
            } else {
                current = piece;
            }
            position = 0;
        }
        return null;
    }

    /** @return the parse; its figures are complete once {@link #next} returned {@code null} */
    ChunkedParse<List<ParseOutcome>> parse() {
        return parse;
    }

    @Override
    public void close() throws IOException {
        parse.close();
    }
}
