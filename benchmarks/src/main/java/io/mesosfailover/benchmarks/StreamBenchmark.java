package io.mesosfailover.benchmarks;

import io.mesosfailover.generate.GeneratedLogs;
import io.mesosfailover.generate.ScenarioGenerator;
import io.mesosfailover.ingest.IngestSettings;
import io.mesosfailover.ingest.Ingestor;
import io.mesosfailover.ingest.TopicSetup;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.sample.GlogLineWriter;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.sample.NoiseLines;
import io.mesosfailover.streams.FailoverTopology;
import io.mesosfailover.streams.StreamSettings;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.TimelineSettings;
import io.mesosfailover.topics.Topics;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The live path on a real broker, in two parts. Throughput, in {@code ROUNDS} rounds: a generated cluster's logs
 * ({@code LINES} noise lines) sent by {@code ingest --archive}, as a cluster of its own each round, while the
 * streaming application runs; lines/s from the first line sent until the application has committed every line and
 * every event. The first round runs on cold JVMs (the broker's and this one, whose JIT compilers then take much of
 * the two cores); the later ones show the sustained rate of a running deployment. Then a second application catches
 * up on every line alone. Latency: a live master log written at a steady rate with an agent failover every
 * {@code 250 ms}; the time from writing the line that closes a failover to reading its incident on
 * {@code mesos.incidents}: p50, p99, max. Each part also prints what its commits cost (see {@link CommitCost}).
 * Arguments: {@code BOOTSTRAP FOLDER LINES SAMPLES [ROUNDS]}.
 */
public final class StreamBenchmark {

    private static final String REGISTERED_MARK = "Re-registered agent ";

    private StreamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        Path folder = Path.of(args[1]);
        int lines = Integer.parseInt(args[2]);
        int samples = Integer.parseInt(args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        Properties clients = new Properties();
        clients.put("bootstrap.servers", bootstrap);
        TopicSetup.ensure(clients);
        String application = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        StreamSettings settings = new StreamSettings(ParserSettings.defaults(), TimelineSettings.DEFAULTS.withRegions(
                RegionMap.of("oslo", "10.0.19.0/24", "frankfurt", "192.168.0.0/16", "ireland", "172.16.0.0/12")),
                StreamSettings.DEFAULT_LATENESS, StreamSettings.DEFAULT_IDLE_RELEASE);
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, folder.resolve("state").toString());
        String compression = System.getProperty("bench.compression");
        if (compression != null) {
            // another compression than the default lz4, for comparison: both the stream's and ingest's producers
            overrides.put(StreamsConfig.producerPrefix("compression.type"), compression);
            clients.put("compression.type", compression);
        }
        HeapPeaks.reset();
        try (KafkaStreams streams = new KafkaStreams(FailoverTopology.build(settings),
                FailoverTopology.config(application, bootstrap, overrides))) {
            GeneratedLogs logs = new ScenarioGenerator(MesosWording.V1_11, 42, lines).generate(folder.resolve("archive"));
            streams.start();
            while (streams.state() != KafkaStreams.State.RUNNING) {
                Thread.sleep(20);
            }
            List<Double> warmRates = new ArrayList<>();
            Archive archive = null;
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                CpuTime.Reading cpu = CpuTime.read();
                CommitCost.Reading commits = CommitCost.read(streams);
                archive = ingestArchive(clients, logs, round);
                awaitCaughtUp(clients, application);
                double rate = report("round " + round + (round == 1 ? " (cold JVMs)" : "") + ": ingest and a running"
                        + " stream together, files to committed timelines", archive, start);
                System.out.println("  " + CpuTime.read().since(cpu, archive.lines()));
                System.out.println("  " + CommitCost.read(streams).since(commits));
                if (round > 1) {
                    warmRates.add(rate);
                }
            }
            if (!warmRates.isEmpty()) {
                warmRates.sort(Double::compare);
                System.out.printf(Locale.ROOT, "sustained (rounds 2-%d): median %,.0f lines/s, min %,.0f, max %,.0f%n",
                        rounds, percentile(warmRates, 0.5), warmRates.get(0), warmRates.get(warmRates.size() - 1));
            }
            Archive everything = new Archive(archive.lines() * rounds, archive.bytes() * rounds);
            String second = application + "-again";
            Properties otherState = new Properties();
            otherState.put(StreamsConfig.STATE_DIR_CONFIG, folder.resolve("state-again").toString());
            try (KafkaStreams again = new KafkaStreams(FailoverTopology.build(settings),
                    FailoverTopology.config(second, bootstrap, otherState))) {
                long restart = System.nanoTime();
                again.start();
                awaitCaughtUp(clients, second);
                report("stream alone, a second application catching up on every round's lines (start-up included)",
                        everything, restart);
                again.close(Duration.ofSeconds(30));
            }
            CommitCost.Reading beforeLatency = CommitCost.read(streams);
            latency(clients, folder, samples);
            System.out.println("  while measuring latency: " + CommitCost.read(streams).since(beforeLatency));
            System.out.printf(Locale.ROOT, "peak heap (ingest + stream in one JVM): %.1f MB%n", HeapPeaks.peak() / 1e6);
            streams.close(Duration.ofSeconds(30));
        }
    }

    private static Archive ingestArchive(Properties clients, GeneratedLogs logs, int round) throws IOException {
        long bytes = 0;
        long lineCount = 0;
        for (Path file : logs.files()) {
            bytes += Files.size(file);
            try (Stream<String> text = Files.lines(file)) {
                lineCount += text.count();
            }
        }
        IngestSettings ingest = new IngestSettings(logs.files(), "bench-" + round, "unknown", "bench-archive-" + round,
                true, true, 0, Duration.ofMillis(50), Duration.ofMillis(200), clients);
        long start = System.nanoTime();
        long entries;
        long records;
        try (Ingestor ingestor = new Ingestor(ingest)) {
            entries = ingestor.run(() -> false);
            records = ingestor.recordsSent();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "ingest --archive: %,d lines (%,d entries in %,d records, %.1f MB) in %.2f s:"
                + " %,.0f lines/s, %.1f MB/s%n", lineCount, entries, records, bytes / 1e6, seconds,
                lineCount / seconds, bytes / 1e6 / seconds);
        return new Archive(lineCount, bytes);
    }

    private record Archive(long lines, long bytes) {
    }

    private static void awaitCaughtUp(Properties clients, String application) throws Exception {
        try (Admin admin = Admin.create(clients)) {
            while (!caughtUp(admin, application)) {
                Thread.sleep(50);
            }
        }
    }

    /** @return the lines per second */
    private static double report(String what, Archive archive, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d lines in %.2f s: %,.0f lines/s, %.1f MB/s%n",
                what, archive.lines(), seconds, archive.lines() / seconds, archive.bytes() / 1e6 / seconds);
        return archive.lines() / seconds;
    }

    /** @return whether the application committed every record of the lines topic (outputs go in the same commits) */
    private static boolean caughtUp(Admin admin, String application) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(application)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : List.of(Topics.LINES.name())) {
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()),
                            OffsetSpec.latest()));
        }
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end
                : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            // the last offsets of a transactional topic are commit markers, which are never consumed
            if (end.getValue().offset() > 1 && (done == null || done.offset() < end.getValue().offset() - 1)) {
                return false;
            }
        }
        return true;
    }

    private static void latency(Properties clients, Path folder, int samples) throws Exception {
        Path live = folder.resolve("live").resolve("mesos-master.INFO");
        Files.createDirectories(live.getParent());
        Files.writeString(live, GlogLineWriter.header(Instant.now(), "live-master"));
        AtomicBoolean stop = new AtomicBoolean();
        IngestSettings ingest = new IngestSettings(List.of(live), "live", "unknown", "bench-live", true, false, 0,
                Duration.ofMillis(10), Duration.ofMillis(50), clients);
        Thread ingestThread = new Thread(() -> Ingestor.runUntilStopped(ingest, stop::get, System.err::println),
                "ingest");
        ingestThread.start();
        Map<String, Long> written = new ConcurrentHashMap<>();
        Thread writer = new Thread(() -> writeLive(live, samples, written, stop), "writer");
        List<Double> latencies = new ArrayList<>();
        Properties config = new Properties();
        config.putAll(clients);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-latency-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.INCIDENTS.name()));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            writer.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (latencies.size() < samples && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    for (Map.Entry<String, Long> agent : written.entrySet()) {
                        if (record.key().startsWith("agent-failover/" + agent.getKey() + "/")) {
                            latencies.add((now - agent.getValue()) / 1e6);
                            written.remove(agent.getKey());
                        }
                    }
                }
            }
        }
        stop.set(true);
        writer.join();
        ingestThread.join();
        latencies.sort(Double::compare);
        if (latencies.isEmpty()) {
            System.out.println("latency: no incident arrived");
            return;
        }
        System.out.printf(Locale.ROOT, "latency from the closing line written to its incident read (%d failovers,"
                + " lateness %d ms, idle release %d ms): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", latencies.size(),
                StreamSettings.DEFAULT_LATENESS.toMillis(), StreamSettings.DEFAULT_IDLE_RELEASE.toMillis(),
                percentile(latencies, 0.50), percentile(latencies, 0.99), latencies.get(latencies.size() - 1));
    }

    /** Writes ~2,000 noise lines a second and an agent disconnection and return every 250 ms, at wall-clock time. */
    private static void writeLive(Path live, int samples, Map<String, Long> written, AtomicBoolean stop) {
        NoiseLines noise = new NoiseLines(MesosWording.V1_11, 7, "20251125-000000-1-5050-1", "10.9.0.1");
        String master = "20251125-000000-1-5050-1";
        try (OutputStream out = Files.newOutputStream(live, StandardOpenOption.APPEND)) {
            for (int sample = 0; sample < samples && !stop.get(); sample++) {
                String address = "10.9." + (sample / 250) + "." + (sample % 250 + 1) + ":5051";
                String agent = master + "-S" + sample + " at slave(1)@" + address + " (agent-" + sample + ")";
                for (int step = 0; step < 500; step++) {
                    StringBuilder text = new StringBuilder(256);
                    if (step == 0) {
                        GlogLineWriter.line(text, 'I', Instant.now(), 5669, "master.cpp:1330",
                                "Agent " + agent + " disconnected");
                    } else if (step == 100) {
                        GlogLineWriter.line(text, 'I', Instant.now(), 5669, "master.cpp:6069",
                                REGISTERED_MARK + agent + " with cpus:4; mem:8192");
                    } else {
                        String[] line = noise.next();
                        GlogLineWriter.line(text, 'I', Instant.now(), 5669, line[0], line[1]);
                    }
                    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (step == 100) {
                        written.put(address, System.nanoTime());
                    }
                    if (step % 5 == 4) {
                        Thread.sleep(2);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double percentile(List<Double> sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
