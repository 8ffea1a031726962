package io.mesosfailover.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A text report's writer: every control character but the line feed that ends its lines is written escaped
 * ({@link TerminalText}), so that nothing a log line carries reaches the reader's terminal as a control.
 */
final class EscapingWriter extends FilterWriter {

    EscapingWriter(Writer target) {
        super(target);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c != '\n' && TerminalText.isUnsafe(c)) {
                out.write(chars, start, i - start);
                StringBuilder escape = new StringBuilder(6);
                TerminalText.appendEscape(escape, c);
                out.write(escape.toString());
                start = i + 1;
            }
        }
        out.write(chars, start, end - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
