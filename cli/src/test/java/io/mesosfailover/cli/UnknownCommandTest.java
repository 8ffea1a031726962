package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownCommandTest {

    @Test
    void shouldRefuseAnUnknownCommandEvenWithHelpAfterIt() {
        // When
        CommandRun withHelp = CommandRun.of("no-such-command", "--help");
        CommandRun alone = CommandRun.of("no-such-command", "logs/");

        // Then
        for (CommandRun run : new CommandRun[] {withHelp, alone}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("mesos-failover: unknown command 'no-such-command'")
                    .contains("parse, analyze");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void shouldEscapeAnUnknownCommandBeforePrintingIt() {
        // When
        CommandRun run = CommandRun.of("x\u001b]0;owned\u0007");

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command 'x\\x1b]0;owned\\x07'").doesNotContain("\u001b");
    }

    @Test
    void shouldStillRunKnownCommandsAndTheirHelp() {
        assertThat(CommandRun.of("help", "parse").exitCode()).isZero();
        assertThat(CommandRun.of("parse", "--help").exitCode()).isZero();
        assertThat(CommandRun.of("--help").exitCode()).isZero();
    }
}
