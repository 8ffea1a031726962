package io.mesosfailover.cli;

import io.mesosfailover.generate.ClusterShape;
import io.mesosfailover.generate.GeneratedLogs;
import io.mesosfailover.generate.ScenarioGenerator;
import io.mesosfailover.json.Json;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.Incident;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes the logs of a three-master cluster going through the study's failover scenarios, with
 * the region map and the incidents an analysis must find. Example:
 * {@code mesos-failover generate --output /tmp/cluster --mesos 1.11 && mesos-failover analyze --regions
 * /tmp/cluster/regions.yaml /tmp/cluster/logs}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write realistic multi-master logs of the study's scenarios (agent reboot, agent partition"
            + " beyond the timeout, leader reboot, region outage, semi-isolation with no leader) into DIR/logs,"
            + " with DIR/regions.yaml and the expected incidents in DIR/ground-truth.json.",
            "With --masters 1: one busy master's log (the agent scenarios, --agents and --failovers more), as in"
                + " mesos-failover generate -o /tmp/big --masters 1 --agents 400 --failovers 4000 --size 2000000."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Folder to write into.")
    private Path output;

    @Option(names = "--mesos", paramLabel = "VERSION", defaultValue = "1.11",
            description = "Wording of the lines: 0.22, 1.0 or 1.11 (default: ${DEFAULT-VALUE}).")
    private String mesosVersion;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the noise lines (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--size", paramLabel = "LINES", defaultValue = "2000",
            description = "Noise lines (offers, allocation, HTTP, status updates) between the events"
                + " (default: ${DEFAULT-VALUE}).")
    private int size;

    @Option(names = "--masters", paramLabel = "N", defaultValue = "3",
            description = "3 for the study's cluster and all its scenarios, 1 for its first master alone with the agent"
                + " scenarios (default: ${DEFAULT-VALUE}).")
    private int masters;

    @Option(names = "--agents", paramLabel = "N", defaultValue = "7",
            description = "Agents; more than the study's 7 with --masters 1 only (default: ${DEFAULT-VALUE}).")
    private int agents;

    @Option(names = "--failovers", paramLabel = "N", defaultValue = "0",
            description = "Agent failovers besides the scenarios', reboots and partitions in turn; with --masters 1"
                + " only (default: ${DEFAULT-VALUE}).")
    private int failovers;

    @Override
    public Integer call() throws IOException {
        MesosWording wording;
        try {
            wording = MesosWording.ofVersion(mesosVersion);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--mesos: " + e.getMessage(), e);
        }
        if (size < 0) {
            throw new UserInputException("--size must not be negative");
        }
        ClusterShape shape;
        try {
            shape = new ClusterShape(masters, agents, failovers);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--masters, --agents, --failovers: " + e.getMessage(), e);
        }
        GeneratedLogs logs = new ScenarioGenerator(wording, seed, size, shape).generate(output.resolve("logs"));
        Files.writeString(output.resolve("regions.yaml"), ScenarioGenerator.REGIONS_YAML, StandardCharsets.UTF_8);
        GroundTruth truth = new GroundTruth(wording.version(), seed, logs.expected());
        Files.writeString(output.resolve("ground-truth.json"),
                Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(truth) + "\n",
                StandardCharsets.UTF_8);
        spec.commandLine().getOut().printf("wrote %d master logs to %s, %d expected incidents to %s%n",
                logs.files().size(), output.resolve("logs"), logs.expected().size(), output.resolve("ground-truth.json"));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * What {@code ground-truth.json} holds.
     *
     * @param mesos the release whose wording the logs have
     * @param seed the seed of the noise lines
     * @param incidents the incidents the logs must give, as {@code analyze --format json} writes them
     */
    record GroundTruth(String mesos, long seed, List<Incident> incidents) {
    }
}
