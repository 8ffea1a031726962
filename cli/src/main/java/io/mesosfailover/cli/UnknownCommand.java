package io.mesosfailover.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A first word that names no command ({@code mesos-failover chek}, also with {@code --help} after it) is bad usage:
 * "unknown command", the list of commands, exit code 2, instead of picocli's top-level help with exit code 0.
 */
final class UnknownCommand implements IExecutionStrategy, IParameterExceptionHandler {

    private final IExecutionStrategy next = new CommandLine.RunLast();
    private final IParameterExceptionHandler parameterErrors;

    UnknownCommand(IParameterExceptionHandler parameterErrors) {
        this.parameterErrors = parameterErrors;
    }

    @Override
    public int execute(ParseResult parseResult) {
        String word = unknownWord(parseResult.commandSpec().commandLine(), parseResult.unmatched());
        return word == null ? next.execute(parseResult) : report(parseResult.commandSpec().commandLine(), word);
    }

    @Override
    public int handleParseException(ParameterException exception, String[] arguments) throws Exception {
        if (exception instanceof UnmatchedArgumentException unmatched) {
            String word = unknownWord(exception.getCommandLine(), unmatched.getUnmatched());
            if (word != null) {
                return report(exception.getCommandLine(), word);
            }
        }
        return parameterErrors.handleParseException(exception, arguments);
    }

    /** @return the word standing where a command should, or {@code null} when there is none */
    private static String unknownWord(CommandLine commandLine, List<String> unmatched) {
        if (commandLine.getParent() != null || commandLine.getSubcommands().isEmpty() || unmatched.isEmpty()) {
            return null;
        }
        String first = unmatched.get(0);
        return first.startsWith("-") ? null : first;
    }

    private static int report(CommandLine commandLine, String word) {
        PrintWriter err = commandLine.getErr();
        err.println("mesos-failover: unknown command '" + TerminalText.escape(word) + "'; the commands are "
                + String.join(", ", commandLine.getSubcommands().keySet()) + " (mesos-failover --help)");
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }
}
