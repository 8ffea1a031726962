package io.mesosfailover.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into a one-line message on stderr (control characters escaped: messages carry file names and
 * server answers) and an exit code, instead of a stack trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IExitCodeExceptionMapper {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println(commandLine.getColorScheme().errorText("mesos-failover: "
                + TerminalText.escape(describe(exception))));
        if (Boolean.getBoolean("mesos-failover.debug")) {
            exception.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return getExitCode(exception);
    }

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof UserInputException || exception instanceof CommandLine.ParameterException) {
            return CommandLine.ExitCode.USAGE;
        }
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static String describe(Throwable exception) {
        Throwable shown = exception instanceof UncheckedIOException ? exception.getCause() : exception;
        String message = shown.getMessage();
        if (shown instanceof ReportWriteException) {
            return message;
        }
        if (shown instanceof IOException || message == null) {
            return shown.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
        return message;
    }
}
