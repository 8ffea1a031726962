package io.mesosfailover.parser.internal;

import io.mesosfailover.grammar.GlogLexer;
import io.mesosfailover.grammar.MesosMasterParser;
import java.util.Arrays;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses message texts with the grammar. Messages are split into tokens by {@link MessageLexer}, the
 * proven-equivalent fast form of the grammar's {@code MESSAGE_TEXT} mode. What the parser makes of a message
 * depends only on its sequence of token types, so the answer is memoized per sequence ({@link MessageShape}) in the
 * memo the process shares ({@link ShapeMemo}): the thousands of status updates of a log differ in ids, not in token
 * types, and cost one parse, and a {@link ShapeFile} can hold the answers of an earlier run. The fast SLL
 * prediction is tried first; only when it fails is the text parsed again with full LL, as the ANTLR FAQ advises.
 * Not thread-safe.
 */
public final class MessageParser {

    /** Messages with more tokens are parsed every time (only flags lines come near it). */
    static final int MAX_MEMOIZED_TOKENS = 512;

    private final MessageLexer messageLexer = new MessageLexer();
    private final CommonTokenStream tokens = new CommonTokenStream(messageLexer);
    /** The generated lexer, for whole lines only: made when first needed, as its automaton takes long to load. */
    private GlogLexer lexer;
    private final MesosMasterParser parser = new MesosMasterParser(tokens);
    private final boolean memoize;
    private int[] types = new int[64];
    private int[] starts = new int[64];
    private int[] stops = new int[64];
    private boolean lexerFailed;

    /** Creates a parser that memoizes shapes. */
    public MessageParser() {
        this(true);
    }

    /** @param memoize whether to remember shapes per token-type sequence; tests compare both ways */
    public MessageParser(boolean memoize) {
        this.memoize = memoize;
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
    }

    /**
     * Loads what every message parser shares: the grammar's parser automaton, the gate derived from it and the
     * message lexer's literal table. Class initialization makes a thread that needs them meanwhile wait.
     */
    public static void loadGrammar() {
        MessageGate.instance();
        MessageLexer.load();
    }

    /** @return the message (the text after the prefix) as a matched template, or {@code null} when none matches */
    public ParsedMessage parseMessage(String message) {
        return parseInMessageMode(message, false);
    }

    /** @return a prefix-less stderr line as a matched EXIT text, or {@code null} when it is none */
    public ParsedMessage parseBareStderrLine(String line) {
        return parseInMessageMode(line, true);
    }

    /** @return the parse of a whole physical line with the full grammar and its generated lexer, or {@code null} */
    public MesosMasterParser.LogLineContext parseWholeLine(String line) {
        return (MesosMasterParser.LogLineContext) parse(line, false, false);
    }

    private ParsedMessage parseInMessageMode(String text, boolean bare) {
        int count = lexAll(text);
        if (count < 0) {
            return null;
        }
        Optional<MessageShape> shape;
        if (memoize && count <= MAX_MEMOIZED_TOKENS) {
            ShapeMemo.TypeSequence key = new ShapeMemo.TypeSequence(Arrays.copyOf(types, count));
            shape = ShapeMemo.SHARED.get(key, bare);
            if (shape == null) {
                shape = shapeOf(text, bare);
                ShapeMemo.SHARED.put(key, bare, shape);
            }
        } else {
            shape = shapeOf(text, bare);
        }
        // A bare stderr line's event may be made later (when a time is known): it gets its own copy of the positions.
        int[] tokenStarts = bare ? Arrays.copyOf(starts, count) : starts;
        int[] tokenStops = bare ? Arrays.copyOf(stops, count) : stops;
        return shape.isEmpty() ? null : new ParsedMessage(shape.get(), text, tokenStarts, tokenStops);
    }

    private Optional<MessageShape> shapeOf(String text, boolean bare) {
        ParserRuleContext parsed = parse(text, true, bare);
        if (parsed == null) {
            return Optional.empty();
        }
        ParserRuleContext alternative = bare ? ((MesosMasterParser.BareStderrLineContext) parsed).exitMessage()
                : (ParserRuleContext) ((MesosMasterParser.MessageLineContext) parsed).mesosMessage().getChild(0);
        if (alternative instanceof MesosMasterParser.KnownTemplateContext) {
            // knownTemplate : familyA | familyB ...; the labelled alternative is the family rule's context
            alternative = (ParserRuleContext) alternative.getChild(0);
        }
        return Optional.of(EventFactory.shapeOf(alternative));
    }

    /** Lexes the whole message into {@link #types}, {@link #starts}, {@link #stops}; @return the count or -1 */
    private int lexAll(String text) {
        messageLexer.reset(text);
        int count = 0;
        for (int type = messageLexer.nextType(); type != Token.EOF; type = messageLexer.nextType()) {
            if (count == types.length) {
                types = Arrays.copyOf(types, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                stops = Arrays.copyOf(stops, count * 2);
            }
            types[count] = type;
            starts[count] = messageLexer.tokenStart();
            stops[count] = messageLexer.tokenStop();
            count++;
        }
        return messageLexer.failed() ? -1 : count;
    }

    private ParserRuleContext parse(String text, boolean messageMode, boolean bare) {
        try {
            ParserRuleContext result = attempt(text, messageMode, bare, PredictionMode.SLL);
            return result != null ? result : attempt(text, messageMode, bare, PredictionMode.LL);
        } catch (StackOverflowError tooDeep) {
            return null;
        }
    }

    private ParserRuleContext attempt(String text, boolean messageMode, boolean bare, PredictionMode mode) {
        lexerFailed = false;
        CharStream input = CharStreams.fromString(text);
        if (messageMode) {
            messageLexer.reset(text, input);
            tokens.setTokenSource(messageLexer);
        } else {
            tokens.setTokenSource(lineLexer(input));
        }
        parser.setTokenStream(tokens);
        parser.getInterpreter().setPredictionMode(mode);
        try {
            ParserRuleContext result;
            if (!messageMode) {
                result = parser.logLine();
            } else if (bare) {
                result = parser.bareStderrLine();
            } else {
                result = parser.messageLine();
            }
            return lexerFailed || messageMode && messageLexer.failed() ? null : result;
        } catch (ParseCancellationException | RecognitionException noMatch) {
            return null;
        }
    }

    private GlogLexer lineLexer(CharStream input) {
        if (lexer == null) {
            lexer = new GlogLexer(input);
            lexer.removeErrorListeners();
            lexer.addErrorListener(new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                        String message, RecognitionException exception) {
                    lexerFailed = true;
                }
            });
        } else {
            lexer.setInputStream(input);
        }
        return lexer;
    }
}
