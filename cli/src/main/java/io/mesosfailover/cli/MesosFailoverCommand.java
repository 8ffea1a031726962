package io.mesosfailover.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code mesos-failover} command: turns Mesos master logs into failover timelines and metrics.
 *
 * <p>How to run: {@code ./mesos-failover --help}, or {@code java -jar cli/target/mesos-failover.jar --help}.
 * Exit codes: 0 success, 1 failure while running, 2 bad usage or unreadable input.
 */
@Command(name = "mesos-failover",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        description = "Failover timelines and metrics from Apache Mesos master logs.",
        subcommands = {
            ParseCommand.class,
            AnalyzeCommand.class,
            CheckCommand.class,
            GenerateCommand.class,
            IngestCommand.class,
            StreamCommand.class,
            SinkCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure while running (I/O error, unreachable service)",
            "2:bad usage or unreadable input"
        })
public final class MesosFailoverCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        CommandLine commandLine = newCommandLine();
        commandLine.setOut(StandardOutput.open());
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        System.exit(exitCode);
    }

    /** @return the configured command line, as {@link #main} runs it; tests call this too */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new MesosFailoverCommand());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setExitCodeExceptionMapper(new ErrorReporter());
        UnknownCommand unknownCommand = new UnknownCommand(commandLine.getParameterExceptionHandler());
        commandLine.setExecutionStrategy(unknownCommand);
        commandLine.setParameterExceptionHandler(unknownCommand);
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
