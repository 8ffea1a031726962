package io.mesosfailover.parser;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The masks of the unknown-line report: what a word of a message stands for when it is a value rather than part of
 * the template (numbers, ids of every Mesos era and UUIDs, addresses, libprocess pids, paths, host names). Plain
 * character scans, no regular expressions: the report sees every unrecognized line.
 */
final class TokenMasks {

    /** A number, maybe with a unit ({@code 15secs}, {@code 1.5GB}, {@code 20%}) or in hex ({@code 0x7f3a}). */
    static final String NUMBER = "<num>";
    /** A Mesos id (agent, framework, offer, master: dated {@code 20150501-230056-...-S3} or UUID-based), a UUID, a task id holding one, a long hex digest. */
    static final String ID = "<id>";
    /** An IPv4 or IPv6 address. */
    static final String IP = "<ip>";
    /** {@code host:port} or {@code ip:port}. */
    static final String ADDRESS = "<addr>";
    /** A libprocess pid: {@code name(n)@ip:port}, {@code master@host:port}. */
    static final String UPID = "<upid>";
    /** An absolute or relative file path ({@code /var/lib/mesos}, {@code ./work}, {@code ~/x}). */
    static final String PATH = "<path>";
    /** A URL ({@code zk://host:2181/mesos}, {@code http://...}). */
    static final String URL = "<url>";
    /** A dotted host name ({@code agent-7.example.com}). */
    static final String HOST = "<host>";
    /** Any other word with a digit, a word too long to be part of a template, or a word that differs between lines. */
    static final String VARIABLE = "<*>";

    /** Words longer than this that are not masked otherwise are values (a blob, a dump), never part of a template. */
    static final int MAX_WORD = 64;

    /** Character classes of {@link #charClass}: white space ends a word, the other bits make up its shape. */
    static final int SPACE = 1;
    static final int DIGIT = 2;
    static final int DOT = 4;
    static final int COLON = 8;
    static final int AT = 16;
    static final int EQUALS = 32;
    static final int SLASH = 64;
    static final int LETTER = 128;
    static final int OTHER = 256;
    /** The classes a value has and a plain word has not. */
    static final int VALUE_HINT = DIGIT | DOT | COLON | AT | EQUALS | SLASH;

    private static final int UUID_LENGTH = 36;
    private static final int MIN_HEX_ID = 16;
    private static final int MAX_UNIT = 5;
    /** Dotted words whose last part names a file type, not a domain. */
    private static final Set<String> FILE_TYPES = Set.of("c", "cc", "cpp", "cxx", "h", "hh", "hpp", "java", "py",
            "go", "rs", "sh", "js", "json", "yaml", "yml", "xml", "conf", "cfg", "ini", "log", "txt", "md", "proto",
            "gz", "tar", "tgz", "zip", "jar", "so", "pid", "lock", "info", "warning", "error", "fatal", "html", "css");
    private static final int[] CLASSES = new int[128];
    private static final boolean[] LEADING = new boolean[128];
    private static final boolean[] TRAILING = new boolean[128];

    static {
        Arrays.fill(CLASSES, OTHER);
        for (char c : " \t\n\r\f\u000b".toCharArray()) {
            CLASSES[c] = SPACE;
        }
        for (char c = '0'; c <= '9'; c++) {
            CLASSES[c] = DIGIT;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            CLASSES[c] = LETTER;
            CLASSES[Character.toUpperCase(c)] = LETTER;
        }
        CLASSES['.'] = DOT;
        CLASSES[':'] = COLON;
        CLASSES['@'] = AT;
        CLASSES['='] = EQUALS;
        CLASSES['/'] = SLASH;
        for (char c : "([{<'\"`".toCharArray()) {
            LEADING[c] = true;
        }
        for (char c : ")]}>'\"`,;:.!?".toCharArray()) {
            TRAILING[c] = true;
        }
    }


    private TokenMasks() {
    }

    /** @return the class of {@code c}: {@link #SPACE}, {@link #DIGIT}, ..., {@link #OTHER} */
    static int charClass(char c) {
        return c < CLASSES.length ? CLASSES[c] : OTHER;
    }

    /**
     * The masked form of the word {@code text[start, end)}, written out: its masked part replaced, the punctuation
     * around it kept ({@code (<ip>)}, {@code '<addr>'}, {@code --port=<num>}); {@code null} when the word is part of a
     * template.
     */
    static String mask(String text, int start, int end) {
        int[] span = new int[2];
        String mask = mask(text, start, end, shape(text, start, end), span);
        return mask == null ? null : text.substring(start, span[0]) + mask + text.substring(span[1], end);
    }

    /**
     * The mask of the word {@code text[start, end)} and the part of it that the mask replaces (the rest is the
     * punctuation around a value, or the key of {@code key=value}); nothing is copied.
     *
     * @param shape the classes of the word's characters, or-ed ({@link #charClass})
     * @param span set to the start and end of the part the mask replaces, when there is a mask
     * @return the mask, or {@code null} when the word is part of a template
     */
    static String mask(String text, int start, int end, int shape, int[] span) {
        String mask = null;
        if (shape == DIGIT) {
            span[0] = start;
            span[1] = end;
            mask = NUMBER;
        } else if ((shape & VALUE_HINT) != 0) {
            mask = punctuated(text, start, end, shape, span);
        }
        if (mask == null ? end - start > MAX_WORD : span[0] - start + mask.length() + end - span[1] > MAX_WORD) {
            span[0] = start;
            span[1] = end;
            return VARIABLE;
        }
        return mask;
    }

    /** @return the mask of the value between the punctuation of {@code text[start, end)}, its span in {@code span} */
    private static String punctuated(String text, int start, int end, int shape, int[] span) {
        int coreStart = start;
        int coreEnd = end;
        while (coreStart < coreEnd && isLeading(text.charAt(coreStart)) && !isBracketedAddress(text, coreStart, end)) {
            coreStart++;
        }
        while (coreEnd > coreStart && isTrailing(text.charAt(coreEnd - 1))) {
            coreEnd--;
        }
        if (coreStart == coreEnd) {
            return null;
        }
        span[0] = coreStart;
        span[1] = coreEnd;
        // The shape of the word holds that of its core: every test below checks the core itself.
        return coreMask(text, coreStart, coreEnd, shape, span);
    }

    private static String coreMask(String text, int start, int end, int shape, int[] span) {
        boolean path = (shape & SLASH) != 0 && isPath(text, start);
        if ((shape & (DIGIT | DOT | COLON | AT | EQUALS)) == 0 && !path) {
            return null;
        }
        if ((shape & EQUALS) != 0) {
            int equals = text.indexOf('=', start);
            if (equals > start && equals < end - 1) {
                return punctuated(text, equals + 1, end, shape(text, equals + 1, end), span);
            }
        }
        if (path) {
            return end - start > 1 ? PATH : null;
        }
        return addressMask(text, start, end, shape);
    }

    private static boolean isLeading(char c) {
        return c < 128 && LEADING[c];
    }

    private static boolean isTrailing(char c) {
        return c < 128 && TRAILING[c];
    }

    private static String addressMask(String text, int start, int end, int shape) {
        int scheme = (shape & SLASH) == 0 ? -1 : text.indexOf("://", start);
        if (scheme > start && scheme < end) {
            return URL;
        }
        if ((shape & AT) != 0 && isUpid(text, start, end)) {
            return UPID;
        }
        return valueMask(text, start, end, shape);
    }

    /** {@code [ipv6]:port}: its bracket is part of it. */
    private static boolean isBracketedAddress(String text, int start, int end) {
        int close = text.indexOf("]:", start);
        return text.charAt(start) == '[' && close > start && close < end;
    }

    private static boolean isPath(String text, int start) {
        return text.charAt(start) == '/' || text.startsWith("./", start) || text.startsWith("../", start)
                || text.startsWith("~/", start);
    }

    private static boolean isUpid(String text, int start, int end) {
        int at = text.lastIndexOf('@', end - 1);
        return at > start && at < end - 1 && (isAddress(text, at + 1, end) || isIp(text, at + 1, end));
    }

    /** @return the classes of the characters of {@code text[start, end)}, or-ed */
    private static int shape(String text, int start, int end) {
        int shape = 0;
        for (int i = start; i < end; i++) {
            shape |= charClass(text.charAt(i));
        }
        return shape;
    }

    /** The checks in the order of their cost; a class missing from the shape rules a check out. */
    private static String valueMask(String text, int start, int end, int shape) {
        boolean digit = (shape & DIGIT) != 0;
        if (isIp(text, start, end, shape)) {
            return IP;
        }
        if ((shape & COLON) != 0 && isAddress(text, start, end)) {
            return ADDRESS;
        }
        if (digit && isId(text, start, end)) {
            return ID;
        }
        if (digit && isNumber(text, start, end)) {
            return NUMBER;
        }
        if ((shape & DOT) != 0 && isHostName(text, start, end)) {
            return HOST;
        }
        return digit ? VARIABLE : null;
    }

    /** @return whether {@code text[start, end)} is {@code host:port}, {@code ip:port} or {@code [ipv6]:port} */
    static boolean isAddress(String text, int start, int end) {
        int colon = text.lastIndexOf(':', end - 1);
        if (colon <= start || colon >= end - 1 || !allDigits(text, colon + 1, end) || end - colon - 1 > 5) {
            return false;
        }
        if (text.charAt(start) == '[' && text.charAt(colon - 1) == ']') {
            return isIpv6(text, start + 1, colon - 1);
        }
        return isIpv4(text, start, colon) || isHostName(text, start, colon) || isLabel(text, start, colon);
    }

    private static boolean isIp(String text, int start, int end) {
        return isIpv4(text, start, end) || isIpv6(text, start, end);
    }

    private static boolean isIp(String text, int start, int end, int shape) {
        return (shape & DOT) != 0 && isIpv4(text, start, end) || (shape & COLON) != 0 && isIpv6(text, start, end);
    }

    private static boolean isIpv4(String text, int start, int end) {
        int parts = 0;
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return false;
                }
            } else if (c == '.' && digits > 0) {
                parts++;
                digits = 0;
            } else {
                return false;
            }
        }
        return parts == 3 && digits > 0;
    }

    /** Eight groups, or fewer around a {@code ::}; a time of day ({@code 17:34:23}) is none. */
    private static boolean isIpv6(String text, int start, int end) {
        int colons = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                colons++;
            } else if (Character.digit(c, 16) < 0 && c != '.') {
                return false;
            }
        }
        int doubleColon = text.indexOf("::", start);
        return colons >= 7 || colons >= 2 && doubleColon >= start && doubleColon < end - 1;
    }

    /** Dated Mesos ids (before 0.24), anything holding a UUID (ids from 0.24 on, task ids), long hex digests. */
    private static boolean isId(String text, int start, int end) {
        if (end - start >= 16 && allDigits(text, start, start + 8) && text.charAt(start + 8) == '-'
                && allDigits(text, start + 9, start + 15) && text.charAt(start + 15) == '-') {
            return true;
        }
        for (int i = start; i + UUID_LENGTH <= end; i++) {
            if (isUuidAt(text, i)) {
                return true;
            }
        }
        return end - start >= MIN_HEX_ID && allHex(text, start, end);
    }

    private static boolean isUuidAt(String text, int at) {
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = text.charAt(at + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Numbers with separators, a sign, a unit of a few letters, or in hex: {@code 1,024}, {@code -3.5}, {@code 15secs}, {@code 0x1f}. */
    private static boolean isNumber(String text, int start, int end) {
        int i = start;
        if (text.charAt(i) == '-' || text.charAt(i) == '+') {
            i++;
        }
        if (text.startsWith("0x", i) && i + 2 < end) {
            return allHex(text, i + 2, end);
        }
        int digitsEnd = i;
        while (digitsEnd < end && (Character.isDigit(text.charAt(digitsEnd)) || text.charAt(digitsEnd) == '.'
                || text.charAt(digitsEnd) == ',')) {
            digitsEnd++;
        }
        if (digitsEnd == i || !Character.isDigit(text.charAt(i))) {
            return false;
        }
        int unit = end - digitsEnd;
        if (unit == 1 && text.charAt(digitsEnd) == '%') {
            return true;
        }
        return unit <= MAX_UNIT && allLetters(text, digitsEnd, end);
    }

    private static boolean isHostName(String text, int start, int end) {
        int lastDot = text.lastIndexOf('.', end - 1);
        if (lastDot <= start || lastDot >= end - 2 || !allLetters(text, lastDot + 1, end)
                || FILE_TYPES.contains(text.substring(lastDot + 1, end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int labelStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                if (!isLabel(text, labelStart, i)) {
                    return false;
                }
                labelStart = i + 1;
            }
        }
        return true;
    }

    /** A host name label: letters, digits and inner hyphens. */
    private static boolean isLabel(String text, int start, int end) {
        if (end <= start || end - start > 63 || text.charAt(start) == '-' || text.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return end > start;
    }

    private static boolean allHex(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return end > start;
    }

    private static boolean allLetters(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
