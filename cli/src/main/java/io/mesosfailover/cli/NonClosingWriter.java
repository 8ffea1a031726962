package io.mesosfailover.cli;

import java.io.PrintWriter;
import java.io.Writer;

/** Lets a report write into picocli's stdout writer, flushing it at the end without closing it. */
final class NonClosingWriter extends Writer {

    private final PrintWriter target;

    NonClosingWriter(PrintWriter target) {
        this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        target.write(chars, offset, length);
    }

    @Override
    public void flush() {
        target.flush();
    }

    @Override
    public void close() {
        target.flush();
    }
}
