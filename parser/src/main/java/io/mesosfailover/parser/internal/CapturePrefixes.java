package io.mesosfailover.parser.internal;

import io.mesosfailover.parser.internal.CapturedLine.Kind;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits off what a log collector put in front of a master's line (journald, syslog, docker, compose, Kubernetes,
 * a supervisor's time stamp, a web UI), by hand and as the lexer's capture-prefix tokens do: the longest of them
 * at each place, stacked in any number, then at most {@value #MAX_OTHER_WORDS} other short prefixes (words, a file
 * name glued by grep, a line number) right before a glog record. A test keeps the two in step.
 */
public final class CapturePrefixes {

    /** Other short prefixes allowed right before a glog record (the grammar's {@code otherPrefix}). */
    static final int MAX_OTHER_WORDS = 3;
    /** Capture prefixes followed at most; real captures stack two or three. */
    static final int MAX_PREFIXES = 8;

    /** Line starts of the lexer that begin like a word but are longer tokens of their own. */
    private static final String[] NOT_WORDS = {"Log file created at: ", "Running on machine: ",
        "Running duration (h:mm:ss): ", "Log line format: ",
        "WARNING: Logging before InitGoogleLogging() is written to STDERR"};

    private CapturePrefixes() {
    }

    /**
     * Splits the capture prefixes off a line that has no glog prefix at its start.
     *
     * @return the split, or {@code null} when the line starts with no capture prefix (and no short prefix in front
     *     of a glog record)
     */
    public static CapturedLine split(String line) {
        List<Kind> kinds = new ArrayList<>(2);
        Prefix dated = null;
        String name = null;
        int position = 0;
        for (Prefix prefix = known(line, 0); prefix != null && kinds.size() < MAX_PREFIXES;
                prefix = known(line, position)) {
            kinds.add(prefix.kind());
            dated = prefix.date() != null ? prefix : dated;
            name = name == null ? prefix.name() : name;
            position = prefix.end();
        }
        GlogPrefix glog = GlogPrefix.parse(line, position);
        if (glog == null) {
            int afterWords = afterOtherWords(line, position, kinds);
            if (afterWords >= 0) {
                position = afterWords;
                glog = GlogPrefix.parse(line, position);
            }
        }
        if (kinds.isEmpty()) {
            return null;
        }
        return new CapturedLine(position, kinds, dated == null ? null : dated.date(),
                dated == null ? null : dated.offset(), name, glog);
    }

    /**
     * Steps over at most {@value #MAX_OTHER_WORDS} other short prefixes to a glog record.
     *
     * @return where the record starts (the prefixes' kinds added to {@code kinds}), or -1 when no record follows them
     */
    private static int afterOtherWords(String line, int start, List<Kind> kinds) {
        int position = start;
        Kind[] pieces = new Kind[MAX_OTHER_WORDS];
        for (int words = 0; words < MAX_OTHER_WORDS; words++) {
            int end = otherWordEnd(line, position);
            if (end < 0) {
                return -1;
            }
            pieces[words] = kindOfOtherWord(line, position, end);
            position = end;
            if (GlogPrefix.parse(line, position) != null) {
                kinds.addAll(Arrays.asList(pieces).subList(0, words + 1));
                return position;
            }
        }
        return -1;
    }

    /** @return the capture prefix at {@code position} (the longest, as the lexer takes it), or {@code null} */
    static Prefix known(String line, int position) {
        if (position >= line.length()) {
            return null;
        }
        char first = line.charAt(position);
        if (first == '<') {
            Prefix rfc5424 = CaptureTimes.rfc5424(line, position);
            return rfc5424 != null ? rfc5424 : CaptureTimes.syslog(line, position);
        }
        if (first == '[') {
            return kubernetes(line, position);
        }
        Prefix dated = GlogPrefix.isDigit(first) ? CaptureTimes.dated(line, position) : null;
        if (dated != null) {
            return dated;
        }
        Prefix syslog = Character.isUpperCase(first) ? CaptureTimes.syslog(line, position) : null;
        return syslog != null ? syslog : compose(line, position);
    }

    /** {@code NAME_CHAR+ ' '* '| '}. */
    private static Prefix compose(String line, int start) {
        int nameEnd = nameEnd(line, start);
        if (nameEnd == start) {
            return null;
        }
        int position = nameEnd;
        while (position < line.length() && line.charAt(position) == ' ') {
            position++;
        }
        if (position + 1 >= line.length() || line.charAt(position) != '|' || line.charAt(position + 1) != ' ') {
            return null;
        }
        return new Prefix(Kind.COMPOSE, position + 2, null, null, line.substring(start, nameEnd));
    }

    /** {@code '[' NAME_CHAR+ '/' NAME_CHAR+ '/' NAME_CHAR+ ']' ' '+}; names the pod. */
    private static Prefix kubernetes(String line, int start) {
        int kindEnd = nameEnd(line, start + 1);
        if (kindEnd == start + 1 || kindEnd >= line.length() || line.charAt(kindEnd) != '/') {
            return null;
        }
        int podEnd = nameEnd(line, kindEnd + 1);
        if (podEnd == kindEnd + 1 || podEnd >= line.length() || line.charAt(podEnd) != '/') {
            return null;
        }
        int containerEnd = nameEnd(line, podEnd + 1);
        if (containerEnd == podEnd + 1 || containerEnd >= line.length() || line.charAt(containerEnd) != ']') {
            return null;
        }
        int end = spacesEnd(line, containerEnd + 1);
        return end == containerEnd + 1 ? null
                : new Prefix(Kind.KUBERNETES, end, null, null, line.substring(kindEnd + 1, podEnd));
    }

    /**
     * The lexer's OTHER_WORD ({@code [A-Za-z_[] ~[ \t\r\n|:]* ':'? ' '+}), GREP_PREFIX ({@code [A-Za-z0-9_.\-/]+ ':'})
     * or LINE_NUMBER_PREFIX ({@code DIGIT+ ' '+}), the longest, unless another token of the lexer starts there.
     *
     * @return its end, or -1
     */
    private static int otherWordEnd(String line, int start) {
        if (start >= line.length() || known(line, start) != null || isTimeOnlyAt(line, start)) {
            return -1;
        }
        for (String other : NOT_WORDS) {
            if (line.startsWith(other, start)) {
                return -1;
            }
        }
        return Math.max(Math.max(wordEnd(line, start), grepFileEnd(line, start)), lineNumberEnd(line, start));
    }

    /** {@code [A-Za-z_[] ~[ \t\r\n|:]* ':'? ' '+}; @return its end or -1 */
    private static int wordEnd(String line, int start) {
        char first = line.charAt(start);
        if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z' || first == '_' || first == '[')) {
            return -1;
        }
        int position = start + 1;
        while (position < line.length() && " \t\r\n|:".indexOf(line.charAt(position)) < 0) {
            position++;
        }
        if (position < line.length() && line.charAt(position) == ':') {
            position++;
        }
        int end = spacesEnd(line, position);
        return end == position ? -1 : end;
    }

    /** {@code [A-Za-z0-9_.\-/]+ ':'}; @return its end or -1 */
    private static int grepFileEnd(String line, int start) {
        int position = start;
        while (position < line.length() && (isNameChar(line.charAt(position)) || line.charAt(position) == '/')) {
            position++;
        }
        return position > start && position < line.length() && line.charAt(position) == ':' ? position + 1 : -1;
    }

    /** {@code DIGIT+ ' '+}; @return its end or -1 */
    private static int lineNumberEnd(String line, int start) {
        int digits = start + GlogPrefix.countDigits(line, start);
        int end = spacesEnd(line, digits);
        return digits == start || end == digits ? -1 : end;
    }

    /** Whether the lexer's TIME_ONLY_PREFIX ({@code hh:mm:ss.uuuuuu ' '+}) starts at {@code start}. */
    private static boolean isTimeOnlyAt(String line, int start) {
        return Clock.isClockAt(line, start) && start + Clock.LENGTH < line.length()
                && line.charAt(start + Clock.LENGTH) == ' ';
    }

    private static Kind kindOfOtherWord(String line, int start, int end) {
        if (line.charAt(end - 1) == ':') {
            return Kind.GREP_FILE;
        }
        return GlogPrefix.isDigit(line.charAt(start)) ? Kind.LINE_NUMBER : Kind.OTHER_WORD;
    }

    static int nameEnd(String line, int start) {
        int position = start;
        while (position < line.length() && isNameChar(line.charAt(position))) {
            position++;
        }
        return position;
    }

    static int spacesEnd(String line, int start) {
        int position = start;
        while (position < line.length() && line.charAt(position) == ' ') {
            position++;
        }
        return position;
    }

    static boolean isNameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '-';
    }

    /**
     * One capture prefix.
     *
     * @param kind which
     * @param end where the rest of the line begins
     * @param date its date and time, {@code null} when it carries none (or an impossible one)
     * @param offset the zone offset of the date, {@code null} when it has none
     * @param name the service or pod it names, {@code null} when none
     */
    record Prefix(Kind kind, int end, LocalDateTime date, ZoneOffset offset, String name) {
    }
}
