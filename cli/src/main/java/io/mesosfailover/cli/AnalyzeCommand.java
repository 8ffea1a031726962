package io.mesosfailover.cli;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.cli.html.HtmlReport;
import io.mesosfailover.influx.InfluxTarget;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyze}: failover incidents and timeout compliance from archived logs of one or more masters, merged by
 * time. Example: {@code mesos-failover analyze --regions regions.yaml logs/}.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse archived Mesos master logs (files, folders, globs, .gz, - for stdin; several masters"
            + " merged by time) into failover incidents and timeout compliance verdicts."})
final class AnalyzeCommand implements Callable<Integer> {

    /** The report formats. */
    enum Format { table, json, csv, html }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ParserOptions parserOptions;

    @Mixin
    private TimelineOptions timelineOptions;

    @Option(names = "--format", defaultValue = "table",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    private Path output;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Log files (named pipes too), folders, globs as in"
            + " shells (*, ?, [...], {a,b}; quote them), or - for stdin.")
    private List<String> inputs;

    // InfluxDB metrics
    @Mixin
    private InfluxOptions influxOptions;

    @Override
    public Integer call() throws IOException {
        List<String> files = AnalysisRun.expand(inputs);
        ReportOutput.check(output, files);
        TimelineSettings settings = timelineOptions.toSettings();
        InfluxTarget influx = influxOptions.target();
        AnalysisResult result = AnalysisRun.analyze(files, parserOptions, settings, spec.commandLine().getErr());
        try (ReportOutput out = ReportOutput.open(output, spec.commandLine().getOut())) {
            write(result, settings.regions(), new PrintWriter(out));
            out.throwIfFailed();
        }
        AnalysisRun.warn(result, parserOptions, spec.commandLine().getErr());
        // InfluxDB metrics: after the report, so that a database problem never costs the report.
        boolean metricsWritten = influx == null || MetricsExport.write(result, settings.regions(),
                parserOptions.cluster, parserOptions.host, influx, spec.commandLine().getErr());
        return result.problems().isEmpty() && metricsWritten ? 0 : 1;
    }

    private void write(AnalysisResult result, RegionMap regions, PrintWriter out) throws IOException {
        switch (format) {
            case json:
                AnalysisReport.of(result).write(out);
                out.println();
                break;
            case csv:
                CsvReport.write(result, out);
                break;
            case table:
                TableReport.write(result, out);
                break;
            case html:
                HtmlReport.write(result, regions, out);
                break;
            default:
                throw new IllegalStateException("unknown format " + format);
        }
        out.flush();
    }
}
