package io.mesosfailover.parser.internal;

/** A position in a line and the small steps the hand-written prefix splits take from it. Not thread-safe. */
final class Cursor {

    private final String line;
    private int at;

    Cursor(String line, int at) {
        this.line = line;
        this.at = at;
    }

    int at() {
        return at;
    }

    /** @return whether {@code c} is next; steps over it if so */
    boolean take(char c) {
        if (at < line.length() && line.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    /** @return whether {@code text} is next; steps over it if so */
    boolean take(String text) {
        if (line.startsWith(text, at)) {
            at += text.length();
            return true;
        }
        return false;
    }

    /** @return the value of the run of {@code min} to {@code max} digits next, or -1 (and no step) when there is none */
    int number(int min, int max) {
        int digits = GlogPrefix.countDigits(line, at);
        if (digits < min || digits > max) {
            return -1;
        }
        int value = GlogPrefix.number(line, at, Math.min(digits, 9));
        at += digits;
        return value;
    }

    /** @return the value of exactly {@code count} digits next (more may follow), or -1 (and no step) */
    int fixedDigits(int count) {
        if (GlogPrefix.countDigits(line, at) < count) {
            return -1;
        }
        int value = GlogPrefix.number(line, at, count);
        at += count;
        return value;
    }

    /** @return the number of digits stepped over (any number, maybe none) */
    int digitRun() {
        int digits = GlogPrefix.countDigits(line, at);
        at += digits;
        return digits;
    }

    /** @return how many spaces were stepped over */
    int spaces() {
        int start = at;
        while (at < line.length() && line.charAt(at) == ' ') {
            at++;
        }
        return at - start;
    }

    /** @return whether at least one character of the name class ({@code [A-Za-z0-9_.-]}, and {@code /} if asked) was stepped over */
    boolean name(boolean slash) {
        int start = at;
        while (at < line.length() && (CapturePrefixes.isNameChar(line.charAt(at)) || slash && line.charAt(at) == '/')) {
            at++;
        }
        return at > start;
    }

    /** @return whether a run of characters other than blanks was stepped over */
    boolean nonBlank() {
        int start = at;
        while (at < line.length() && " \t\r\n".indexOf(line.charAt(at)) < 0) {
            at++;
        }
        return at > start;
    }

    /** Steps to the next {@code c} (not past the end or a line break); @return whether it was found and stepped over */
    boolean through(char c) {
        while (at < line.length() && line.charAt(at) != c && line.charAt(at) != '\r' && line.charAt(at) != '\n') {
            at++;
        }
        return take(c);
    }

    /** @return the character next, or 0 at the end */
    char peek() {
        return at < line.length() ? line.charAt(at) : 0;
    }

    String line() {
        return line;
    }
}
