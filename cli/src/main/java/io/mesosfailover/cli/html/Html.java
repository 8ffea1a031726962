package io.mesosfailover.cli.html;

/**
 * Escaping of untrusted text (host names, framework names, reasons, ids: anything from a log) for HTML and SVG.
 * Control characters other than tab and newline, which HTML does not allow, become U+FFFD.
 */
final class Html {

    private Html() {
    }

    /** @return the text, safe as element content */
    static String text(String value) {
        return escape(value, false);
    }

    /** @return the text, safe inside a double- or single-quoted attribute value */
    static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean attribute) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = replacement(c, attribute);
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

    private static String replacement(char c, boolean attribute) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return attribute ? "&quot;" : null;
            case '\'':
                return attribute ? "&#39;" : null;
            case '\t':
            case '\n':
                return attribute ? "&#" + (int) c + ";" : null;
            default:
                boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF';
                return control ? "\uFFFD" : null;
        }
    }
}
