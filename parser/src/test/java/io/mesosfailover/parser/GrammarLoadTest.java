package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.LeaderElected;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrammarLoadTest {

    @Test
    void shouldLoadTheGrammarOnceInTheBackgroundAndParseAsBefore() throws InterruptedException {
        // When: asked twice, as a command line and a library user might
        GlogParser.loadGrammarInBackground(null);
        GlogParser.loadGrammarInBackground(null);
        List<Thread> loads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("load-grammar")).toList();
        for (Thread load : loads) {
            load.join();
        }
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "x.log",
                List.of("Log file created at: 2019/12/31 23:50:00",
                        "I1231 23:59:59.999999  1841 master.cpp:2179] Elected as the leading master!"));

        // Then: at most one load ran (it may be over already), and the line is read as ever
        assertThat(loads).hasSizeLessThanOrEqualTo(1);
        assertThat(result.events()).hasSize(1).first().isInstanceOf(LeaderElected.class);
    }
}
