package io.mesosfailover.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A one-line progress report on stderr for long runs, shown only when the command runs in a terminal. */
final class ProgressBar {

    private static final long SHOW_ABOVE_BYTES = 64L << 20;

    private final PrintWriter err;
    private final long totalBytes;
    private final boolean shown;
    private boolean printed;

    private ProgressBar(PrintWriter err, long totalBytes, boolean shown) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.shown = shown;
    }

    static ProgressBar forFiles(List<String> files, PrintWriter err) {
        long total = 0;
        for (String file : files) {
            if (!"-".equals(file)) {
                try {
                    total += Files.size(Path.of(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ProgressBar(err, total, System.console() != null && total > SHOW_ABOVE_BYTES);
    }

    void update(long bytesRead) {
        if (shown && totalBytes > 0) {
            err.printf(Locale.ROOT, "\ranalyze: %3d%% (%,d of %,d MB)", Math.min(100, bytesRead * 100 / totalBytes),
                    bytesRead >> 20, totalBytes >> 20);
            err.flush();
            printed = true;
        }
    }

    void done() {
        if (printed) {
            err.println();
            err.flush();
        }
    }
}
