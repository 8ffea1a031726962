package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.Unrecognized;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCutTest {

    private static final String SMILE = "\uD83D\uDE00";

    @Test
    void shouldCutBeforeAPairRatherThanThroughIt() {
        assertThat(TextCut.prefix("ab", 5)).isEqualTo("ab");
        assertThat(TextCut.prefix("abcdef", 3)).isEqualTo("abc");
        assertThat(TextCut.prefix("a" + SMILE + "b", 2)).isEqualTo("a");
        assertThat(TextCut.prefix("a" + SMILE + "b", 3)).isEqualTo("a" + SMILE);
        assertThat(TextCut.prefix(SMILE, 0)).isEmpty();
    }

    @Test
    void shouldKeepWholeCharactersOfAnUnrecognizedMessageTooLongToKeep() throws Exception {
        // Given: an odd number of units before the emoji, so that the limit falls between the halves of one
        String message = "x" + SMILE.repeat(PendingMessage.MAX_KEPT_CHARS);
        GlogParser parser = new GlogParser(ParserSettings.defaults());

        // When
        ParseFiles.Result result = ParseFiles.parse(parser, "x.log", Instant.parse("2021-03-10T00:00:00Z"),
                List.of("I0309 14:00:02.000000  1841 weird.cpp:1] " + message));

        // Then: the kept text is valid UTF-16 (a strict encoder takes it) and counts what it left out
        String kept = ((Unrecognized) result.events().get(0)).message();
        String cut = kept.substring(0, kept.indexOf(" ["));
        assertThat(cut).hasSize(PendingMessage.MAX_KEPT_CHARS - 1).endsWith(SMILE);
        assertThat(kept).endsWith(" [" + (message.length() - cut.length()) + " more characters]");
        StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(kept));
    }
}
