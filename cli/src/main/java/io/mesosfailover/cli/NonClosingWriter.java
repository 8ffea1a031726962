package io.mesosfailover.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Lets a report write into picocli's stdout writer, flushing it at the end without closing it. A {@link PrintWriter}
 * swallows write errors; this one turns them into an {@link IOException} naming standard output, at the first write
 * after the failure and at the latest when flushed.
 */
final class NonClosingWriter extends Writer {

    private final PrintWriter target;

    NonClosingWriter(PrintWriter target) {
        this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        target.write(chars, offset, length);
        if (target instanceof StandardOutput output && output.failure() != null) {
            throw failed();
        }
    }

    @Override
    public void flush() throws IOException {
        if (target.checkError()) {
            throw failed();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private IOException failed() {
        IOException cause = target instanceof StandardOutput output ? output.failure() : null;
        return new ReportWriteException("cannot write to standard output"
                + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
