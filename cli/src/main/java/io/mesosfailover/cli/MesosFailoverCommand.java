package io.mesosfailover.cli;

import io.mesosfailover.parser.GlogParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure while running (I/O error, unreachable service)",
            "2:bad usage or unreadable input"
        })
public final class MesosFailoverCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order the usage lists them. They are registered in code, not in the annotation, so that
     * a run of one command builds the picocli model of that command only (the others' options name Kafka and
     * InfluxDB types: building them all took about a third of a second of each run's start-up).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();
    /** The subcommands that parse log lines in this process. */
    private static final Set<String> PARSING_COMMANDS = Set.of("parse", "analyze", "check", "stream");
    /**
     * The system property naming a file of shapes (which template each sequence of token types is) that a run of the
     * same build wrote: the launcher sets it, so that a run does not parse those shapes with the grammar again.
     */
    static final String SHAPES_PROPERTY = "mesos-failover.shapes";
    /** The system property naming the file to write the shapes a run found to, when it succeeded (the launcher's). */
    static final String WRITE_SHAPES_PROPERTY = "mesos-failover.write-shapes";

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        if (args.length > 0 && PARSING_COMMANDS.contains(args[0])) {
            // on the spare core while picocli reads the options and the inputs are opened
            String shapes = System.getProperty(SHAPES_PROPERTY);
            GlogParser.loadGrammarInBackground(shapes == null ? null : Path.of(shapes));
        }
        CommandLine commandLine = newCommandLine(args.length > 0 && SUBCOMMANDS.containsKey(args[0])
                && !args[0].equals("help") ? args[0] : null);
        commandLine.setOut(StandardOutput.open());
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        String learned = System.getProperty(WRITE_SHAPES_PROPERTY);
        if (exitCode == 0 && learned != null) {
            exitCode = writeShapes(Path.of(learned));
        }
        System.exit(exitCode);
    }

    private static int writeShapes(Path file) {
        try {
            GlogParser.writeShapes(file);
            return 0;
        } catch (IOException failed) {
            System.err.println("mesos-failover: cannot write the shapes to " + TerminalText.escape(file.toString())
                    + ": " + TerminalText.escape(String.valueOf(failed.getMessage())));
            return 1;
        }
    }

    /** @return the configured command line, as {@link #main} runs it; tests call this too */
    public static CommandLine newCommandLine() {
        return newCommandLine(null);
    }

    /**
     * @param only the one subcommand to register, {@code null} for all of them (for the usage, {@code help} and an
     *     unknown command's message, which list them)
     */
    static CommandLine newCommandLine(String only) {
        CommandLine commandLine = new CommandLine(new MesosFailoverCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setExitCodeExceptionMapper(new ErrorReporter());
        UnknownCommand unknownCommand = new UnknownCommand(commandLine.getParameterExceptionHandler());
        commandLine.setExecutionStrategy(unknownCommand);
        commandLine.setParameterExceptionHandler(unknownCommand);
        return commandLine;
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("parse", ParseCommand::new);
        commands.put("analyze", AnalyzeCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("generate", GenerateCommand::new);
        commands.put("ingest", IngestCommand::new);
        commands.put("stream", StreamCommand::new);
        commands.put("sink", SinkCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
