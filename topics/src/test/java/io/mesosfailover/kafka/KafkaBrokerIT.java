package io.mesosfailover.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test broker itself: starts, serves, survives a kill and a restart on its data. */
class KafkaBrokerIT {

    @TempDir
    Path folder;

    @Test
    void shouldKeepTopicsAcrossAKillAndARestart() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(folder)) {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (Admin admin = Admin.create(config)) {
                admin.createTopics(List.of(new NewTopic("kept", 2, (short) 1))).all().get();
            }

            broker.restart();

            try (Admin admin = Admin.create(config)) {
                assertThat(admin.listTopics().names().get()).contains("kept");
                assertThat(admin.describeTopics(List.of("kept")).allTopicNames().get(Duration.ofSeconds(30).toSeconds(),
                        java.util.concurrent.TimeUnit.SECONDS)).containsKey("kept");
            }
        }
    }
}
