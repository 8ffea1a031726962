package io.mesosfailover.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Test helper: runs the command line as {@code main} does and keeps its exit code, stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... arguments) {
        StringWriter out = new StringWriter();
        CommandRun run = writingTo(new PrintWriter(out), arguments);
        return new CommandRun(run.exitCode(), out.toString(), run.err());
    }

    /** Runs with the given standard output (such as {@link StandardOutput} over {@code /dev/full}); out is empty. */
    static CommandRun writingTo(PrintWriter standardOut, String... arguments) {
        CommandLine commandLine = MesosFailoverCommand.newCommandLine();
        StringWriter err = new StringWriter();
        commandLine.setOut(standardOut);
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(arguments);
        return new CommandRun(exitCode, "", err.toString());
    }
}
