package io.mesosfailover.cli;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.cli.drill.Drill;
import io.mesosfailover.cli.drill.DrillFile;
import io.mesosfailover.cli.drill.DrillReport;
import io.mesosfailover.cli.drill.JunitReport;
import io.mesosfailover.json.Json;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check}: judges a drill file's expectations against the incidents of the logs, as a CI job or a chaos
 * experiment would. Example: {@code mesos-failover check --expect examples/drills/leader-reboot.yaml
 * --regions examples/cluster/regions.yaml examples/cluster/logs/}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Judge a drill: check the expectations of a drill file (docs/drills.md) against the incidents"
            + " of Mesos master logs, printing each with PASS or FAIL and the incident that decided it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every expectation passed",
            "1:an expectation failed, or an input could only be read in part",
            "2:bad drill file (the message names its line and column), bad usage or unreadable input"
        })
final class CheckCommand implements Callable<Integer> {

    /** The report formats. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--expect", required = true, paramLabel = "DRILL.yaml", description = "The drill file.")
    private Path drillFile;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the verdicts as JUnit XML to FILE.")
    private Path junit;

    @Option(names = "--format", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private ParserOptions parserOptions;

    @Mixin
    private TimelineOptions timelineOptions;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Log files, folders, globs, or - for stdin.")
    private List<String> inputs;

    @Override
    public Integer call() throws IOException {
        Drill drill = DrillFile.load(drillFile);
        TimelineSettings settings = timelineOptions.toSettings();
        AnalysisResult result = AnalysisRun.analyze(AnalysisRun.expand(inputs), parserOptions, settings,
                spec.commandLine().getErr());
        DrillReport report = new DrillReport(drill, drillFile.toString(), result.firstEventTime(),
                result.lastEventTime(), drill.judge(result, settings.regions()));
        try (ReportOutput output = ReportOutput.open(null, spec.commandLine().getOut())) {
            PrintWriter out = new PrintWriter(output);
            if (format == Format.json) {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson()));
            } else {
                report.writeText(out);
            }
            out.flush();
            output.throwIfFailed();
        }
        if (junit != null) {
            try (OutputStream xml = Files.newOutputStream(junit)) {
                JunitReport.write(report, hostname(), Instant.now(), xml);
            }
        }
        AnalysisRun.warn(result, parserOptions, spec.commandLine().getErr());
        return report.passed() && result.problems().isEmpty() ? 0 : 1;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
