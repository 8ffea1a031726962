package io.mesosfailover.streams;

import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.TimelineSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Test helper: the streaming application alone in a process, so that a test can kill it with SIGKILL. Arguments:
 * bootstrap servers, application id, state folder, regions file, lateness millis, idle release millis.
 */
public final class StreamMain {

    private StreamMain() {
    }

    public static void main(String[] arguments) throws IOException, InterruptedException {
        StreamSettings settings = new StreamSettings(ParserSettings.defaults(),
                TimelineSettings.DEFAULTS.withRegions(RegionMap.load(Path.of(arguments[3]))),
                Duration.ofMillis(Long.parseLong(arguments[4])), Duration.ofMillis(Long.parseLong(arguments[5])));
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, arguments[2]);
        overrides.put(StreamsConfig.consumerPrefix("session.timeout.ms"), "10000");
        KafkaStreams streams = new KafkaStreams(FailoverTopology.build(settings),
                FailoverTopology.config(arguments[1], arguments[0], overrides));
        CountDownLatch stopped = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> streams.close(Duration.ofSeconds(30))));
        streams.start();
        stopped.await();
    }
}
