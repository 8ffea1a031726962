package io.mesosfailover.parser.internal;

import io.mesosfailover.grammar.GlogLexer;
import io.mesosfailover.grammar.MesosMasterParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses message texts with the grammar, reusing one lexer and one parser (ANTLR's DFA caches are shared per
 * grammar, but building a recognizer per line would cost more than the parse). Not thread-safe.
 *
 * <p>A message either matches a template or it does not: there is no error recovery. The fast SLL prediction is
 * tried first; only when it fails is the text parsed again with full LL, as the ANTLR FAQ advises.
 */
public final class MessageParser {

    private final GlogLexer lexer = new GlogLexer(CharStreams.fromString(""));
    private final CommonTokenStream tokens = new CommonTokenStream(lexer);
    private final MesosMasterParser parser = new MesosMasterParser(tokens);
    private boolean lexerFailed;

    /** Creates a parser whose recognizers report errors to it instead of the console. */
    public MessageParser() {
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                    String message, RecognitionException exception) {
                lexerFailed = true;
            }
        });
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.setBuildParseTree(true);
    }

    /** @return the parse of a message (the text after the prefix), or {@code null} when it matches no template */
    public MesosMasterParser.MesosMessageContext parseMessage(String message) {
        MesosMasterParser.MessageLineContext line = parse(message, true, false);
        return line == null ? null : line.mesosMessage();
    }

    /** @return the parse of a prefix-less stderr line, or {@code null} when it is no known EXIT text */
    public MesosMasterParser.ExitMessageContext parseBareStderrLine(String line) {
        MesosMasterParser.BareStderrLineContext context = parse(line, true, true);
        return context == null ? null : context.exitMessage();
    }

    /** @return the parse of a whole physical line with the full grammar, or {@code null}; for tests and tools */
    public MesosMasterParser.LogLineContext parseWholeLine(String line) {
        return parse(line, false, false);
    }

    @SuppressWarnings("unchecked")
    private <T extends ParserRuleContext> T parse(String text, boolean messageMode, boolean bare) {
        try {
            T result = (T) attempt(text, messageMode, bare, PredictionMode.SLL);
            if (result == null) {
                result = (T) attempt(text, messageMode, bare, PredictionMode.LL);
            }
            return result;
        } catch (StackOverflowError tooDeep) {
            return null;
        }
    }

    private ParserRuleContext attempt(String text, boolean messageMode, boolean bare, PredictionMode mode) {
        lexerFailed = false;
        lexer.setInputStream(CharStreams.fromString(text));
        if (messageMode) {
            lexer.pushMode(GlogLexer.MESSAGE_TEXT);
        }
        tokens.setTokenSource(lexer);
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
            return lexerFailed ? null : result;
        } catch (ParseCancellationException | RecognitionException noMatch) {
            return null;
        }
    }
}
