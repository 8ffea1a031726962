package io.mesosfailover.parser;

import io.mesosfailover.parser.internal.MessageParser;
import java.util.concurrent.atomic.AtomicBoolean;

/** The background load of the grammar that {@link GlogParser#loadGrammarInBackground()} starts once. */
final class GrammarLoad {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private GrammarLoad() {
    }

    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread load = new Thread(MessageParser::loadGrammar, "load-grammar");
        load.setDaemon(true);
        load.start();
    }
}
