package io.mesosfailover.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.kafka.KafkaBroker;
import io.mesosfailover.topics.LineHeaders;
import io.mesosfailover.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} on a real broker: positions kept across restarts, a rotation while it was down, no duplicate. */
@Tag("integration")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class IngestorIT {

    @TempDir
    Path folder;

    @Test
    void shouldSendEveryEntryOnceAcrossRestartsAndARotationWhileDown() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(folder.resolve("broker"))) {
            // Given
            Properties clients = new Properties();
            clients.put("bootstrap.servers", broker.bootstrapServers());
            Path log = folder.resolve("logs").resolve("mesos-master.INFO");
            Files.createDirectories(log.getParent());
            Files.writeString(log, "Log file created at: 2015/05/02 17:00:00\nRunning on machine: master-1\n"
                    + lines(0, 300));
            IngestSettings settings = new IngestSettings(List.of(log), "prod", "fallback", "it", true, false, 0,
                    Duration.ofMillis(10), Duration.ofMillis(50), clients);

            // When: a first run, then lines and a rotation while ingest is down, then a second run
            runUntilSent(settings, 301);
            append(log, lines(300, 400));
            Files.move(log, log.resolveSibling("mesos-master.INFO.1"));
            Files.writeString(log, "Log file created at: 2015/05/02 18:00:00\nRunning on machine: master-1\n"
                    + lines(400, 450));
            runUntilSent(settings, 100 + 51);

            // Then: every line once, in order, numbered as in its file
            List<ConsumerRecord<String, String>> records = readAll(clients, 451 + 2);
            List<String> numbered = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                LineHeaders source = LineHeaders.readFrom(record.headers(), record.key());
                assertThat(source.year()).isEqualTo(2015);
                assertThat(source.host()).isEqualTo("master-1");
                assertThat(source.file()).isEqualTo(log.toAbsolutePath().toString());
                assertThat(record.key()).isEqualTo("prod/master-1");
                String[] lines = record.value().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    numbered.add((source.line() + i) + ": " + lines[i]);
                }
            }
            List<String> expected = new ArrayList<>();
            expected.add("1: Log file created at: 2015/05/02 17:00:00");
            expected.add("2: Running on machine: master-1");
            for (int i = 0; i < 400; i++) {
                expected.add((i + 3) + ": " + line(i));
            }
            expected.add("1: Log file created at: 2015/05/02 18:00:00");
            expected.add("2: Running on machine: master-1");
            for (int i = 400; i < 450; i++) {
                expected.add((i - 397) + ": " + line(i));
            }
            assertThat(numbered).containsExactlyElementsOf(expected);
        }
    }

    private static void runUntilSent(IngestSettings settings, long entries) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        try (Ingestor ingestor = new Ingestor(settings)) {
            Thread thread = new Thread(() -> ingestor.run(stop::get));
            thread.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ingestor.entriesSent() < entries && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(300);
            stop.set(true);
            thread.join();
            assertThat(ingestor.entriesSent()).isEqualTo(entries);
        }
    }

    /** Reads the records of the lines topic until they hold {@code expectedLines} lines, then 2 s more. */
    private static List<ConsumerRecord<String, String>> readAll(Properties clients, int expectedLines) {
        Properties config = new Properties();
        config.putAll(clients);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaBroker.unique("check"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        int lines = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.LINES.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && lines < expectedLines) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record);
                    lines += record.value().split("\n", -1).length;
                }
            }
            consumer.poll(Duration.ofSeconds(2)).forEach(records::add);
        }
        return records;
    }

    private static String lines(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(line(i)).append('\n');
        }
        return text.toString();
    }

    private static String line(int i) {
        return String.format("I0502 17:%02d:%02d.%06d  5669 master.cpp:%d] line %d", i / 60 % 60, i % 60, i, i, i);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
