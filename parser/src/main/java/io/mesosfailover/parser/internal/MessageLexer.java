package io.mesosfailover.parser.internal;

import io.mesosfailover.grammar.GlogLexer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A hand-written implementation of the {@code MESSAGE_TEXT} mode of {@code GlogLexer}, for speed: the generated
 * lexer simulates its automaton one character at a time, which costs more than the parse itself. It produces the
 * same tokens as the generated lexer (type, start, stop) by the same rules: the longest match wins, and on equal
 * length the rule defined first (literal words, then PID, HOST_PORT, punctuation, ATOM). A test compares the two
 * token streams on the whole corpus and on mutated lines. Not thread-safe.
 */
final class MessageLexer implements TokenSource {

    private static final Map<String, Integer> LITERAL_TYPES = LiteralTable.messageLiterals();
    private static final boolean[] ATOM_CHARS = asciiTable(c -> isAtomChar((char) c));
    private static final boolean[] HOST_CHARS = asciiTable(c -> isHostChar((char) c));
    /**
     * The literals that hold a character no atom has (punctuation), by their first (ASCII) character, longest
     * first: tried with {@code startsWith}. There are few of them.
     */
    private static final String[][] SPECIAL_BY_FIRST_CHAR = new String[128][];
    private static final int[][] SPECIAL_TYPES_BY_FIRST_CHAR = new int[128][];
    /**
     * The literals made of atom characters only, looked up by the atom run itself: such a literal can only win
     * when it is the whole run (a longer run is a longer ATOM).
     */
    private static final LiteralTable PLAIN;

    static {
        Map<Character, List<String>> grouped = new HashMap<>();
        Map<String, Integer> plain = new HashMap<>();
        for (Map.Entry<String, Integer> literal : LITERAL_TYPES.entrySet()) {
            String word = literal.getKey();
            if (word.chars().allMatch(c -> c >= 128 || ATOM_CHARS[c])) {
                plain.put(word, literal.getValue());
            } else if (word.charAt(0) >= 128) {
                throw new IllegalStateException("a literal word starts with a non-ASCII character: " + word);
            } else {
                grouped.computeIfAbsent(word.charAt(0), key -> new ArrayList<>()).add(word);
            }
        }
        for (Map.Entry<Character, List<String>> entry : grouped.entrySet()) {
            List<String> literals = entry.getValue();
            literals.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            char first = entry.getKey();
            SPECIAL_BY_FIRST_CHAR[first] = literals.toArray(new String[0]);
            SPECIAL_TYPES_BY_FIRST_CHAR[first] = literals.stream().mapToInt(LITERAL_TYPES::get).toArray();
        }
        PLAIN = new LiteralTable(plain);
    }

    private final TokenFactory<CommonToken> factory = CommonTokenFactory.DEFAULT;
    private CharStream input;
    private Pair<TokenSource, CharStream> source;
    private String text;
    private int position;
    private int nextAt;
    /** Where the run of pid-name characters that ends at {@code nextAt} begins. */
    private int pidNameFrom;
    private int bestLength;
    /** Whether the atom run of the token being lexed is made of host characters only. */
    private boolean atomIsHost;
    private int bestType;
    private boolean failed;
    private int tokenStart;
    private int tokenStop;

    /** Initializes this class (its literal tables), which its first use would do. */
    static void load() {
        // nothing more: calling a static method initializes the class
    }

    /** Starts lexing a message; {@code stream} must hold the same text, for the tokens' text intervals. */
    void reset(String message, CharStream stream) {
        this.text = message;
        this.input = stream;
        // the tokens' source, for token objects only
        this.source = stream == null ? null : new Pair<>(this, stream);
        this.position = 0;
        this.nextAt = -1;
        this.failed = false;
    }

    /** Starts lexing a message for {@link #nextType()} alone: no token objects, so no character stream. */
    void reset(String message) {
        reset(message, null);
    }

    /** @return whether a character matched no token (the generated lexer would report an error) */
    boolean failed() {
        return failed;
    }

    @Override
    public Token nextToken() {
        int type = nextType();
        return factory.create(source, type, null, Token.DEFAULT_CHANNEL, tokenStart, tokenStop, 1, tokenStart);
    }

    /**
     * Lexes the next token without making a token object: the memo of parse shapes needs only the types and places.
     *
     * @return the token's type ({@link Token#EOF} at the end); its place is {@link #tokenStart()}..{@link #tokenStop()}
     */
    int nextType() {
        int length = text.length();
        while (position < length && isSpace(text.charAt(position))) {
            position++;
        }
        if (position >= length) {
            tokenStart = position;
            tokenStop = position - 1;
            return Token.EOF;
        }
        int start = position;
        bestLength = 0;
        bestType = 0;
        int atomEnd = atomEnd(start);
        matchLiteral(start, atomEnd);
        consider(pidLength(start), GlogLexer.PID);
        matchAtomOrHostPort(start, atomEnd);
        if (bestLength == 0) {
            failed = true;
            consider(1, Token.INVALID_TYPE);
        }
        position = start + bestLength;
        tokenStart = start;
        tokenStop = position - 1;
        return bestType;
    }

    /** @return where the token {@link #nextType()} returned starts */
    int tokenStart() {
        return tokenStart;
    }

    /** @return where the token {@link #nextType()} returned ends (inclusive) */
    int tokenStop() {
        return tokenStop;
    }

    /** Keeps a match when it is longer than the best so far: ties go to the rule tried first, as in ANTLR. */
    private void consider(int length, int type) {
        if (length > bestLength) {
            bestLength = length;
            bestType = type;
        }
    }

    private void matchLiteral(int start, int atomEnd) {
        char first = text.charAt(start);
        if (first >= 128) {
            return;
        }
        String[] candidates = SPECIAL_BY_FIRST_CHAR[first];
        if (candidates != null) {
            for (int i = 0; i < candidates.length; i++) {
                if (text.startsWith(candidates[i], start)) {
                    consider(candidates[i].length(), SPECIAL_TYPES_BY_FIRST_CHAR[first][i]);
                    break;
                }
            }
        }
        int type = PLAIN.typeOf(text, start, atomEnd);
        if (type != 0) {
            consider(atomEnd - start, type);
        }
    }

    /**
     * @return the end of the run of atom characters from {@code start}; notes on the way whether all of them are host
     *     characters ({@link #atomIsHost}), so that the run is scanned once
     */
    private int atomEnd(int start) {
        int end = start;
        boolean host = true;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c < 128) {
                if (!ATOM_CHARS[c]) {
                    break;
                }
                host = host && HOST_CHARS[c];
            } else {
                host = false;
            }
            end++;
        }
        atomIsHost = host;
        return end;
    }

    /** The atom from {@code start} to {@code atomEnd}, or a HOST_PORT when it is a host followed by a port. */
    private void matchAtomOrHostPort(int start, int atomEnd) {
        int atom = atomEnd - start;
        int port = atomIsHost && atom > 0 ? portLength(atomEnd) : 0;
        if (port > 0) {
            consider(atom + port, GlogLexer.HOST_PORT);
        }
        consider(atom, GlogLexer.ATOM);
    }

    /** The lexer's PID: {@code name@host:port}, {@code (digits)@host:port} or {@code @host:port}; 0 when none. */
    private int pidLength(int start) {
        char first = text.charAt(start);
        int at;
        if (first == '@') {
            at = start;
        } else if (first == '(') {
            at = unnamedPidAt(start);
        } else if (isAsciiLetter(first) || first == '_') {
            at = namedPidAt(start);
        } else {
            return 0;
        }
        if (at < 0) {
            return 0;
        }
        int hostEnd = at + 1;
        while (hostEnd < text.length() && isHostChar(text.charAt(hostEnd))) {
            hostEnd++;
        }
        int port = hostEnd > at + 1 ? portLength(hostEnd) : 0;
        return port == 0 ? 0 : hostEnd + port - start;
    }

    /** @return the '@' after a pid name that starts at {@code start} with a letter or '_', -1 when none */
    private int namedPidAt(int start) {
        if (nextAt < start) {
            findNextAt(start);
        }
        // the name is start + 1 .. nextAt, all of it within the run of name characters that ends at the '@'
        return nextAt == Integer.MAX_VALUE || start + 1 < pidNameFrom ? -1 : nextAt;
    }

    /** @return the '@' after an unnamed process's {@code (digits)} at {@code start}, -1 when none */
    private int unnamedPidAt(int start) {
        int close = start + 1;
        while (close < text.length() && isAsciiDigit(text.charAt(close))) {
            close++;
        }
        boolean closed = close > start + 1 && close + 1 < text.length() && text.charAt(close) == ')'
                && text.charAt(close + 1) == '@';
        return closed ? close + 1 : -1;
    }

    /** Finds the next '@' from {@code start} and the run of pid-name characters before it, once per '@'. */
    private void findNextAt(int start) {
        nextAt = text.indexOf('@', start);
        if (nextAt < 0) {
            nextAt = Integer.MAX_VALUE;
            return;
        }
        pidNameFrom = nextAt;
        while (pidNameFrom > start && isPidNameChar(text.charAt(pidNameFrom - 1))) {
            pidNameFrom--;
        }
    }

    /** @return the length of {@code :digits} at {@code colon}, 0 when there is none */
    private int portLength(int colon) {
        if (colon >= text.length() || text.charAt(colon) != ':') {
            return 0;
        }
        int digits = colon + 1;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        return digits == colon + 1 ? 0 : digits - colon;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPidNameChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '-' || c == '(' || c == ')';
    }

    private static boolean isHostChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '.' || c == '-';
    }

    private static boolean[] asciiTable(java.util.function.IntPredicate member) {
        boolean[] table = new boolean[128];
        for (char c = 0; c < 128; c++) {
            table[c] = member.test(c);
        }
        return table;
    }

    private static boolean isAtomChar(char c) {
        return c != ' ' && c != '\t' && c != '\r' && c != '\n' && !isPunctuation(c);
    }

    /** @return whether the lexer's message mode makes a token of its own of this character */
    static boolean isPunctuation(char c) {
        switch (c) {
            case '(':
            case ')':
            case '\'':
            case '[':
            case ']':
            case '{':
            case '}':
            case ';':
            case ',':
            case ':':
            case '!':
            case '=':
                return true;
            default:
                return false;
        }
    }

    @Override
    public int getLine() {
        return 1;
    }

    @Override
    public int getCharPositionInLine() {
        return position;
    }

    @Override
    public CharStream getInputStream() {
        return input;
    }

    @Override
    public String getSourceName() {
        return "message";
    }

    @Override
    public void setTokenFactory(TokenFactory<?> tokenFactory) {
        throw new UnsupportedOperationException("the message lexer makes common tokens only");
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return factory;
    }
}
