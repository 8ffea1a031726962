package io.mesosfailover.cli;

import io.mesosfailover.source.LogInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a report or the events go: the file of {@code -o}, or standard output. {@link #check} refuses an output
 * that cannot be right before anything is read or opened for writing; a write that fails (a full disk, a closed
 * pipe) is a {@link ReportWriteException} naming the output, also when it came through a {@link PrintWriter},
 * which hides errors ({@link #throwIfFailed}).
 */
final class ReportOutput extends Writer {

    private final Writer target;
    /** The bytes under {@code target}, {@code null} when it has none (a writer of picocli's in a test). */
    private final OutputStream bytes;
    private final String name;
    private ReportWriteException failure;
    private boolean failureThrown;

    private ReportOutput(Writer target, OutputStream bytes, String name) {
        this.target = target;
        this.bytes = bytes;
        this.name = name;
    }

    /**
     * Refuses, with exit code 2, an {@code -o} that names a folder, a file in a folder that does not exist, or one
     * of the inputs (also through a symbolic or hard link): the output would destroy what is being read.
     *
     * @param output the file of {@code -o}, {@code null} for standard output
     * @param inputs the files to read, as expanded ({@code -} for standard input)
     */
    static void check(Path output, List<String> inputs) {
        if (output == null) {
            return;
        }
        String shown = TerminalText.escape(output.toString());
        if (Files.isDirectory(output)) {
            throw new UserInputException("-o " + shown + ": is a folder; name a file to write");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserInputException("-o " + shown + ": the folder " + TerminalText.escape(folder.toString())
                    + " does not exist");
        }
        if (!Files.exists(output)) {
            return;
        }
        for (String input : inputs) {
            if (!LogInput.STANDARD_INPUT.equals(input) && sameFile(output, Path.of(input))) {
                throw new UserInputException("-o " + shown + ": is also an input (" + TerminalText.escape(input)
                        + "); writing it would destroy what is read: name another file");
            }
        }
    }

    /** @return the file of {@code -o} (created or emptied now), or picocli's standard output when {@code null} */
    static ReportOutput open(Path output, PrintWriter standardOut) throws IOException {
        if (output == null) {
            return new ReportOutput(new BufferedWriter(new NonClosingWriter(standardOut), 1 << 16),
                    standardOut instanceof StandardOutput standard ? standard.bytes() : null, "standard output");
        }
        String name = TerminalText.escape(output.toString());
        try {
            OutputStream file = Files.newOutputStream(output);
            return new ReportOutput(new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8), 1 << 13),
                    file, name);
        } catch (IOException e) {
            throw new ReportWriteException("cannot write to " + name + ": " + reason(e), e);
        }
    }

    /** @throws ReportWriteException when a write failed, also one a {@link PrintWriter} on top of this swallowed */
    void throwIfFailed() throws ReportWriteException {
        if (failure != null) {
            failureThrown = true;
            throw failure;
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        throwIfFailed();
        try {
            target.write(chars, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * Writes UTF-8 text as it is, after the text written so far: into the bytes under the output when it has them,
     * without decoding and encoding it again.
     */
    void writeUtf8(byte[] utf8, int length) throws IOException {
        throwIfFailed();
        if (bytes == null) {
            write(new String(utf8, 0, length, StandardCharsets.UTF_8));
            return;
        }
        try {
            target.flush();
            bytes.write(utf8, 0, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        throwIfFailed();
        try {
            target.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (!failureThrown) {
                flush();
            }
        } finally {
            try {
                target.close();
            } catch (IOException e) {
                if (!failureThrown) {
                    throw failed(e);
                }
            }
        }
    }

    private ReportWriteException failed(IOException e) {
        if (failure == null) {
            failure = e instanceof ReportWriteException ? (ReportWriteException) e
                    : new ReportWriteException("cannot write to " + name + ": " + reason(e), e);
        }
        failureThrown = true;
        return failure;
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean sameFile(Path output, Path input) {
        try {
            return Files.exists(input) && Files.isSameFile(output, input);
        } catch (IOException e) {
            return false;
        }
    }
}
