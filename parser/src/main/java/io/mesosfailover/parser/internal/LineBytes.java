package io.mesosfailover.parser.internal;

import java.nio.charset.StandardCharsets;

/**
 * A line's UTF-8 bytes seen as text, one character per byte, without decoding them: for reading its glog prefix,
 * which is ASCII where it is one ({@link GlogPrefix#parse} reads the same prefix from these as from the decoded line).
 * The parts taken out ({@link #subSequence}: the {@code file:line} of the prefix) are made once and kept, as a log
 * has few of them. Reused from line to line; not thread-safe.
 */
public final class LineBytes implements CharSequence {

    private static final int KEPT = 256;

    private final String[] kept = new String[KEPT];
    private byte[] bytes;
    private int start;
    private int length;

    /** @return this, showing {@code bytes[from, to)} */
    public LineBytes reset(byte[] lineBytes, int from, int to) {
        this.bytes = lineBytes;
        this.start = from;
        this.length = to - from;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " of " + length);
        }
        return (char) (bytes[start + index] & 0xff);
    }

    /** @return the ASCII text of {@code [from, to)}, the same string for the same bytes while it is kept */
    @Override
    public String subSequence(int from, int to) {
        int hash = 0;
        for (int i = start + from; i < start + to; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ hash >>> 16) & (KEPT - 1);
        String known = kept[slot];
        if (known != null && matches(known, from, to)) {
            return known;
        }
        String made = new String(bytes, start + from, to - from, StandardCharsets.ISO_8859_1);
        kept[slot] = made;
        return made;
    }

    /** @return the UTF-8 text of {@code [from, length)} */
    public String decode(int from) {
        return new String(bytes, start + from, length - from, StandardCharsets.UTF_8);
    }

    /** @return the whole line, decoded */
    @Override
    public String toString() {
        return decode(0);
    }

    private boolean matches(String known, int from, int to) {
        if (known.length() != to - from) {
            return false;
        }
        for (int i = 0; i < known.length(); i++) {
            if (known.charAt(i) != (char) (bytes[start + from + i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
