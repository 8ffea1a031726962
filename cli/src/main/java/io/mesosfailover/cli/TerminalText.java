package io.mesosfailover.cli;

/**
 * Text from log lines, file names and servers made safe for a terminal and for text reports: control characters
 * (C0, DEL, C1) and the bidirectional overrides are shown as escapes (such as {@code \x1b}), so that an
 * escape sequence in a log line cannot recolour, retitle or rewrite the reader's terminal. Printable text, the
 * rest of Unicode included, is kept as it is.
 */
public final class TerminalText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TerminalText() {
    }

    /** @return the text with every control character escaped */
    public static String escape(CharSequence text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                appendEscape(escaped, c);
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text.toString() : escaped.toString();
    }

    /** @return whether a character must not reach a terminal as it is */
    static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    /**
     * Appends the escape of one unsafe character: {@code \t}, {@code \n}, {@code \r}, {@code \xHH} below 0x20,
     * {@code \\uHHHH} from DEL on (a valid escape inside JSON text too, where JSON leaves these characters as they are).
     */
    static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\t':
                out.append("\\t");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            default:
                if (c < 0x20) {
                    out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                } else {
                    out.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                            .append(HEX[c & 0xf]);
                }
        }
    }
}
