package io.mesosfailover.ingest;

import io.mesosfailover.json.Json;
import io.mesosfailover.topics.SavedPosition;
import io.mesosfailover.topics.Topic;
import io.mesosfailover.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * The positions of one ingest process on {@link Topics#INGEST_POSITIONS}, keyed by {@code ingestId|path}: read back
 * (committed records only) when it starts, written in the transaction of the lines they follow.
 */
final class SavedPositions {

    private final String ingestId;
    private final IngestProducer producer;
    /** The JSON last written for each key, so that a position that did not move is not written again. */
    private final Map<String, String> lastSaved = new HashMap<>();

    /**
     * @param ingestId the identity of the ingest process
     * @param producer where new positions go, in the open transaction
     */
    SavedPositions(String ingestId, IngestProducer producer) {
        this.ingestId = ingestId;
        this.producer = producer;
    }

    /** Writes the position in a file, unless it is the one last written. */
    void save(Path path, String fileKey, ReadPosition position) {
        String key = keyOf(ingestId, path);
        String json = Json.write(position.savedAs(path.toString(), fileKey));
        if (!json.equals(lastSaved.get(key))) {
            producer.send(new ProducerRecord<>(Topics.INGEST_POSITIONS.name(), key, json));
            lastSaved.put(key, json);
        }
    }

    /** @return the key of a path's position for an ingest process */
    static String keyOf(String ingestId, Path path) {
        return ingestId + "|" + path;
    }

    /** @return the latest committed position of each path of the ingest process, by {@link #keyOf key} */
    static Map<String, SavedPosition> load(IngestSettings settings) {
        Properties config = new Properties();
        config.putAll(settings.kafka());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, SavedPosition> positions = new HashMap<>();
        String prefix = settings.ingestId() + "|";
        Topic<String, SavedPosition> topic = Topics.INGEST_POSITIONS;
        try (KafkaConsumer<String, SavedPosition> consumer = new KafkaConsumer<>(config,
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(Topics.INGEST_POSITIONS.name(), Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<String, SavedPosition> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && record.key().startsWith(prefix)) {
                        if (record.value() == null) {
                            positions.remove(record.key());
                        } else {
                            positions.put(record.key(), record.value());
                        }
                    }
                }
            }
        }
        return positions;
    }
}
