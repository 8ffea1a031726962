package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void shouldEscapeControlCharactersAndKeepTheRest() {
        assertThat(TerminalText.escape("a\u001b[31mred\u001b[0m\tb\r\n\u0000\u007f\u009b\u202eé✓"))
                .isEqualTo("a\\x1b[31mred\\x1b[0m\\tb\\r\\n\\x00\\u007f\\u009b\\u202eé✓");
        assertThat(TerminalText.escape("10.0.19.5:5051")).isEqualTo("10.0.19.5:5051");
    }
}
