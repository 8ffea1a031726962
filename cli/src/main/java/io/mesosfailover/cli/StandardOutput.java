package io.mesosfailover.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as the commands write it: a {@link PrintWriter} (as picocli wants) that keeps the error behind a
 * failed write, so that a full disk or a closed pipe is reported ({@link NonClosingWriter}) instead of passing
 * silently, as it does with {@code System.out}. UTF-8, as the JSON Lines the commands print.
 */
final class StandardOutput extends PrintWriter {

    private final FailureKeeping stream;

    private StandardOutput(FailureKeeping stream) {
        super(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16), false);
        this.stream = stream;
    }

    /** @return the process's standard output */
    static StandardOutput open() {
        return over(new FileOutputStream(FileDescriptor.out));
    }

    /** @return a writer over any stream, such as {@code /dev/full} in a test */
    static StandardOutput over(OutputStream target) {
        return new StandardOutput(new FailureKeeping(target));
    }

    /**
     * @return the bytes under the text: what is written there goes after the text written so far only once this
     *     writer is flushed
     */
    OutputStream bytes() {
        return stream;
    }

    /** @return the first write error, {@code null} while every write went through */
    IOException failure() {
        return stream.failure;
    }

    /** Passes bytes on and keeps the first error. */
    private static final class FailureKeeping extends FilterOutputStream {

        private volatile IOException failure;

        FailureKeeping(OutputStream target) {
            super(target);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        private void keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
