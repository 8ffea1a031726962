package io.mesosfailover.ingest;

import io.mesosfailover.topics.Topic;
import io.mesosfailover.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics of mesos-failover that do not exist yet (existing ones are left as they are). */
public final class TopicSetup {

    /** Partitions of new data topics; more partitions let more {@code stream} instances share the work. */
    public static final int DEFAULT_PARTITIONS = 4;

    private TopicSetup() {
    }

    /** Creates the missing topics, with the default partitions and a replication factor the brokers choose. */
    public static void ensure(Properties kafka) {
        ensure(kafka, DEFAULT_PARTITIONS);
    }

    /** Creates the missing topics. */
    public static void ensure(Properties kafka, int partitions) {
        Properties config = new Properties();
        kafka.stringPropertyNames().forEach(name -> config.put(name, kafka.getProperty(name)));
        Admin admin = Admin.create(config);
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<String, ?> topic : Topics.PARTITIONED) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), Optional.of(partitions), Optional.empty()));
                }
            }
            String positions = Topics.INGEST_POSITIONS.name();
            if (!existing.contains(positions)) {
                missing.add(new NewTopic(positions, Optional.of(1), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the topics: " + e.getCause().getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        } finally {
            // an interrupted or failed call must not keep a stopping command waiting
            admin.close(Duration.ofSeconds(Thread.currentThread().isInterrupted() ? 0 : 5));
        }
    }
}
