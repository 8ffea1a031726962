package io.mesosfailover.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The keys of the state store: the same bytes as Jackson writes for the array, read back to the same key. */
class StateSerdesTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void shouldWriteKeysAsJacksonWritesTheArrayAndReadThemBack() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        List<String> texts = List.of("", "agent", "10.0.19.9:5051", "quote \" backslash \\ slash /", "tab\t new\nline\r",
                "\u0000\u0001\u001f\u007f", "ünïcode €", "emoji \uD83D\uDE00", "<script>&amp;</script>");
        for (int i = 0; i < 5_000; i++) {
            String slot = i < texts.size() ? texts.get(i) : randomText(random);
            String cluster = randomText(random);
            String subject = i < texts.size() ? texts.get(texts.size() - 1 - i) : randomText(random);
            StateKey key = new StateKey(slot, cluster, subject);

            byte[] bytes = StateSerdes.keyBytes(key);

            assertThat(bytes).isEqualTo(JACKSON.writeValueAsBytes(List.of(StateSerdes.FORMAT, slot, cluster, subject)));
            assertThat(StateSerdes.key().deserializer().deserialize("t", bytes)).isEqualTo(key);
        }
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            text.append(switch (kind) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> (char) (0x20 + random.nextInt(0x60));
                case 2 -> (char) (0xa0 + random.nextInt(0x700));
                default -> (char) ('a' + random.nextInt(26));
            });
        }
        return text.toString();
    }
}
