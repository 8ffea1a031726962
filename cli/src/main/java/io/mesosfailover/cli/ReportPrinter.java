package io.mesosfailover.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The printer of a text report. Under it, an {@link EscapingWriter} escapes every control character but the line
 * feed, which ends the report's lines. Values can carry line feeds of their own, though: a message goes on over
 * continuation lines, and a file name may hold one. So the line feeds of the values given to {@code println} and
 * {@code printf} are written as {@code \n} (the other control characters are left to the writer, after the padding),
 * and a value never starts a line that looks like the report's own.
 */
final class ReportPrinter extends PrintWriter {

    ReportPrinter(Writer destination) {
        super(new EscapingWriter(destination));
    }

    @Override
    public void println(String line) {
        super.println(oneLine(line));
    }

    @Override
    public void println(Object value) {
        println(String.valueOf(value));
    }

    @Override
    public PrintWriter format(String format, Object... values) {
        return super.format(format, escaped(values));
    }

    @Override
    public PrintWriter format(Locale locale, String format, Object... values) {
        return super.format(locale, format, escaped(values));
    }

    private static String oneLine(String text) {
        return text == null || text.indexOf('\n') < 0 ? text : text.replace("\n", "\\n");
    }

    /** Text values on one line; numbers, times and the like are left to their conversions. */
    private static Object[] escaped(Object[] values) {
        Object[] escaped = values.clone();
        for (int i = 0; i < escaped.length; i++) {
            Object value = escaped[i];
            boolean formattedItself = value == null || value instanceof Number || value instanceof Boolean
                    || value instanceof Character || value instanceof TemporalAccessor;
            if (!formattedItself) {
                escaped[i] = oneLine(value.toString());
            }
        }
        return escaped;
    }
}
