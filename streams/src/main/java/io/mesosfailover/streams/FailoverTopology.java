package io.mesosfailover.streams;

import io.mesosfailover.timeline.StateRecord;
import io.mesosfailover.timeline.StateSlot;
import io.mesosfailover.timeline.StateSlots;
import io.mesosfailover.topics.Topic;
import io.mesosfailover.topics.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The Kafka Streams topology of {@code stream}:
 *
 * <pre>
 *  mesos.log.lines (key cluster/host, partitioned by cluster)
 *    -> parse -> mesos.events (key cluster), mesos.log.unparsed
 *       \-> timelines [store] -> mesos.incidents, mesos.metrics
 * </pre>
 *
 * The lines of all masters of a cluster share one partition ({@code ingest} partitions by cluster), so the events
 * of a cluster meet in one timeline without a repartition through the broker; several instances with the same
 * application id share the partitions, that is the clusters.
 */
public final class FailoverTopology {

    /** Name of the timeline store; its changelog topic is {@code <application id>-timelines-changelog}. */
    public static final String TIMELINE_STORE = "timelines";

    static final String EVENTS_SINK = "events-sink";
    static final String UNPARSED_SINK = "unparsed-sink";
    static final String PROCESSOR = "parse-and-timelines";
    static final String INCIDENTS_SINK = "incidents-sink";
    static final String METRICS_SINK = "metrics-sink";

    private FailoverTopology() {
    }

    /** @return the topology */
    public static Topology build(StreamSettings settings) {
        Topology topology = new Topology();
        topology.addSource("lines", Topics.LINES.keySerde().deserializer(), Topics.LINES.valueSerde().deserializer(),
                Topics.LINES.name());
        topology.addProcessor(PROCESSOR, () -> new ParseProcessor(settings, TIMELINE_STORE), "lines");
        topology.addStateStore(timelineStore(), PROCESSOR);
        addSink(topology, EVENTS_SINK, Topics.EVENTS);
        addSink(topology, UNPARSED_SINK, Topics.UNPARSED);
        addSink(topology, INCIDENTS_SINK, Topics.INCIDENTS);
        addSink(topology, METRICS_SINK, Topics.METRICS);
        return topology;
    }

    /** Adds a sink of the processor's records to a topic, written by the topic's serdes. */
    private static <K, V> void addSink(Topology topology, String name, Topic<K, V> topic) {
        topology.addSink(name, topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer(), PROCESSOR);
    }

    /**
     * @return the builder of the timelines' store: a persistent key-value store of the engine's state records (and
     *     the parse statistics) as JSON, cached (Kafka Streams writes the latest record of each key at the commit)
     *     and changelogged
     */
    static StoreBuilder<KeyValueStore<StateKey, StateRecord>> timelineStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TIMELINE_STORE), StateSerdes.key(),
                stateValueSerde()).withCachingEnabled().withLoggingEnabled(Map.of());
    }

    /** @return the serde of the records of the timelines' store: the engine's slots and the parse statistics */
    static Serde<StateRecord> stateValueSerde() {
        List<StateSlot<?>> slots = new ArrayList<>(StateSlots.ALL);
        slots.add(ParseTally.SLOT);
        return StateSerdes.value(slots);
    }

    /**
     * @param applicationId the application id: instances with the same id share the work
     * @param bootstrapServers the brokers
     * @param overrides any client or Streams setting (TLS, SASL, ...), applied last
     * @return the configuration: exactly-once v2, String serdes, corrupt records skipped and logged, outputs
     *     compressed with lz4
     */
    public static Properties config(String applicationId, String bootstrapServers, Properties overrides) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        config.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        clientDefault(config, overrides, StreamsConfig::consumerPrefix, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        clientDefault(config, overrides, StreamsConfig::producerPrefix, ProducerConfig.LINGER_MS_CONFIG, 10);
        clientDefault(config, overrides, StreamsConfig::producerPrefix, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        clientDefault(config, overrides, StreamsConfig::producerPrefix, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // a record of mesos.log.lines holds up to 256 KB of entries: the default 1,000 records buffered per partition
        // could hold 256 MB of each busy cluster's lines in memory; 64 are still over 70,000 lines
        clientDefault(config, overrides, StreamsConfig::consumerPrefix, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG, 64);
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Math.min(4, Runtime.getRuntime().availableProcessors()));
        config.putAll(overrides);
        return config;
    }

    /**
     * Sets a default of one client kind under its prefix, unless the overrides set the plain key: Kafka Streams
     * prefers a prefixed setting, so a prefixed default would hide a user's {@code compression.type=zstd}.
     */
    private static void clientDefault(Properties config, Properties overrides, UnaryOperator<String> prefix,
            String key, Object value) {
        if (!overrides.containsKey(key)) {
            config.put(prefix.apply(key), value);
        }
    }
}
