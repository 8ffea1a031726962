package io.mesosfailover.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.generate.GeneratedLogs;
import io.mesosfailover.generate.ScenarioGenerator;
import io.mesosfailover.ingest.EntryAssembler;
import io.mesosfailover.ingest.IngestSettings;
import io.mesosfailover.ingest.Ingestor;
import io.mesosfailover.ingest.LogEntry;
import io.mesosfailover.ingest.ReadPosition;
import io.mesosfailover.ingest.TopicSetup;
import io.mesosfailover.kafka.KafkaBroker;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.TimelineSettings;
import io.mesosfailover.topics.Topics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole live path on a real broker: masters write their logs live, {@code ingest} follows them, the streaming
 * application (a process of its own) turns them into incidents. The incidents equal those of the batch analyzer on
 * the same files, also when the streaming process is killed halfway and started again, and when the broker is.
 */
@Tag("integration")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@ExtendWith(StreamingPipelineIT.LogTailsOnFailure.class)
class StreamingPipelineIT {

    /** Where {@link #stopAll} keeps the stream's and the broker's logs of each test. */
    private static final Path KEPT_LOGS = Path.of("target", "it-logs");

    @TempDir
    Path folder;

    private KafkaBroker broker;
    private Process stream;
    private final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void startBroker() {
        broker = KafkaBroker.start(folder.resolve("broker"));
        Properties clients = new Properties();
        clients.put("bootstrap.servers", broker.bootstrapServers());
        TopicSetup.ensure(clients, 2);
    }

    @AfterEach
    void stopAll(org.junit.jupiter.api.TestInfo test) throws IOException {
        processes.forEach(Process::destroyForcibly);
        broker.close();
        Path logs = Files.createDirectories(KEPT_LOGS.resolve(test.getTestMethod().orElseThrow().getName()));
        for (Path log : List.of(folder.resolve("stream.log"), folder.resolve("broker").resolve("broker.log"))) {
            if (Files.exists(log)) {
                Files.copy(log, logs.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void shouldGiveTheBatchIncidentsOnceEachWhenTheStreamIsKilledHalfway() throws Exception {
        // Given
        Scenario scenario = scenario();

        // When
        List<String> incidents = runLive(scenario, () -> {
            stream.destroyForcibly();
            waitFor(stream);
            startStream();
        });

        // Then
        assertThat(incidents).containsExactlyInAnyOrderElementsOf(scenario.expected);
    }

    @Test
    void shouldLoseNothingWhenTheBrokerRestartsHalfway() throws Exception {
        // Given
        Scenario scenario = scenario();

        // When
        List<String> incidents = runLive(scenario, () -> {
            broker.kill();
            sleep(3_000);
            broker.restart();
        });

        // Then
        assertThat(incidents).containsExactlyInAnyOrderElementsOf(scenario.expected);
    }

    /**
     * Starts the stream and ingest, writes the masters' logs live, runs {@code mishap} once the timelines have made
     * progress halfway through, and returns the committed incidents.
     */
    private List<String> runLive(Scenario scenario, ThrowingRunnable mishap) throws Exception {
        startStream();
        AtomicBoolean stop = new AtomicBoolean();
        Thread ingest = ingest(scenario, stop);
        writeLive(scenario, () -> {
            awaitTimelineProgress();
            mishap.run();
        });
        List<String> incidents = incidents(scenario.expected.size());
        stop.set(true);
        ingest.join();
        return incidents;
    }

    private Scenario scenario() throws IOException {
        GeneratedLogs logs = new ScenarioGenerator(MesosWording.V1_11, 9, 2_000).generate(folder.resolve("gen"));
        Path regions = Files.writeString(folder.resolve("regions.yaml"), ScenarioGenerator.REGIONS_YAML);
        TimelineSettings timeline = TimelineSettings.DEFAULTS.withRegions(RegionMap.load(regions));
        AnalysisResult batch = new BatchAnalyzer(timeline).analyze(logs.files());
        List<Path> live = new ArrayList<>();
        for (Path file : logs.files()) {
            live.add(folder.resolve("live").resolve(file.getFileName()));
        }
        Files.createDirectories(folder.resolve("live"));
        for (Path file : live) {
            Files.createFile(file);
        }
        return new Scenario(logs.files(), live, regions, FailoverTopologyTest.closedBeforeTheEnd(batch.incidents()));
    }

    private void startStream() throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), StreamMain.class.getName(),
                broker.bootstrapServers(), "pipeline", folder.resolve("state").toString(),
                folder.resolve("regions.yaml").toString(), Long.toString(Duration.ofMinutes(10).toMillis()), "3000");
        stream = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("stream.log").toFile())).start();
        processes.add(stream);
    }

    private Thread ingest(Scenario scenario, AtomicBoolean stop) {
        Properties clients = new Properties();
        clients.put("bootstrap.servers", broker.bootstrapServers());
        IngestSettings settings = new IngestSettings(scenario.live, "default", "unknown", "it", true, false, 0,
                Duration.ofMillis(20), Duration.ofMillis(200), clients);
        Thread thread = new Thread(() -> Ingestor.runUntilStopped(settings, stop::get, problem -> { }), "ingest");
        thread.start();
        return thread;
    }

    /** Appends the generated entries to the live files in time order, and runs {@code halfway} in the middle. */
    private static void writeLive(Scenario scenario, ThrowingRunnable halfway) throws Exception {
        List<Written> entries = new ArrayList<>();
        for (int i = 0; i < scenario.generated.size(); i++) {
            EntryAssembler assembler = new EntryAssembler(ReadPosition.start(0), "unknown");
            List<LogEntry> read = new ArrayList<>();
            for (String line : Files.readAllLines(scenario.generated.get(i), StandardCharsets.UTF_8)) {
                assembler.acceptLine(line, line.length() + 1, read::add);
            }
            assembler.flush(read::add);
            String last = "";
            for (LogEntry entry : read) {
                String text = entry.text();
                if (text.length() > 21 && "IWEF".indexOf(text.charAt(0)) >= 0) {
                    last = text.substring(1, 21);
                }
                entries.add(new Written(last, i, entries.size(), text));
            }
        }
        entries.sort(Comparator.comparing(Written::time).thenComparingInt(Written::file)
                .thenComparingInt(Written::order));
        List<OutputStream> outputs = new ArrayList<>();
        for (Path file : scenario.live) {
            outputs.add(Files.newOutputStream(file, StandardOpenOption.APPEND));
        }
        try {
            for (int i = 0; i < entries.size(); i++) {
                Written entry = entries.get(i);
                OutputStream out = outputs.get(entry.file());
                out.write((entry.text() + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (i % 20 == 19) {
                    Thread.sleep(20);
                }
                if (i == entries.size() / 2) {
                    halfway.run();
                }
            }
        } finally {
            for (OutputStream out : outputs) {
                out.close();
            }
        }
    }

    /** Waits until the application has committed at least a third of the lines sent so far, and some. */
    private void awaitTimelineProgress() throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", broker.bootstrapServers());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                long committed = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> offset : admin.listConsumerGroupOffsets("pipeline")
                        .partitionsToOffsetAndMetadata().get().entrySet()) {
                    if (offset.getKey().topic().equals(Topics.LINES.name()) && offset.getValue() != null) {
                        committed += offset.getValue().offset();
                    }
                }
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (int partition = 0; partition < 2; partition++) {
                    latest.put(new TopicPartition(Topics.LINES.name(), partition), OffsetSpec.latest());
                }
                long produced = admin.listOffsets(latest).all().get().values().stream()
                        .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
                if (committed > 0 && committed * 3 >= produced) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the streaming application made no progress within 90 s; see stream.log");
    }

    /** Reads committed incidents until as many as expected came (or 4 minutes passed), then 10 s more. */
    private List<String> incidents(int expected) {
        List<String> incidents = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = KafkaBroker.committedReader(broker.bootstrapServers(),
                Topics.INCIDENTS.name())) {
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (System.nanoTime() < deadline && incidents.size() < expected) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> incidents.add(record.value()));
            }
            long more = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < more) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> incidents.add(record.value()));
            }
        }
        return incidents;
    }

    private static void waitFor(Process process) throws InterruptedException {
        process.waitFor();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private record Written(String time, int file, int order, String text) {
    }

    private record Scenario(List<Path> generated, List<Path> live, Path regions, List<String> expected) {
    }

    /**
     * On a failure, prints the end of the logs {@link #stopAll} kept (without the clients' reconnection warnings), so
     * that a build's output tells what the stream and the broker did, where the files are not kept.
     */
    static final class LogTailsOnFailure implements TestWatcher {

        private static final int LINES = 60;

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            Path logs = KEPT_LOGS.resolve(context.getRequiredTestMethod().getName());
            for (String name : List.of("stream.log", "broker.log")) {
                Path log = logs.resolve(name);
                if (!Files.exists(log)) {
                    continue;
                }
                try {
                    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                            .filter(line -> !line.contains("clients.NetworkClient")).toList();
                    System.err.printf("--- the last %d lines of %s (reconnection warnings left out) ---%n", LINES, log);
                    lines.subList(Math.max(0, lines.size() - LINES), lines.size()).forEach(System.err::println);
                } catch (IOException e) {
                    System.err.println("cannot read " + log + ": " + e.getMessage());
                }
            }
        }
    }
}
