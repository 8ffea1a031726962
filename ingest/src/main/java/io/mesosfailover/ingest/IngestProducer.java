package io.mesosfailover.ingest;

import io.mesosfailover.topics.ClusterPartitioner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The transactional producer of {@code ingest}: the log lines and the positions reached go out in one Kafka
 * transaction, under the transactional id of the ingest process, so a restart fences the one before.
 */
final class IngestProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private long transactions;

    /** Connects and takes over the transactional id (fencing a process still running with it). */
    IngestProducer(IngestSettings settings) {
        this.producer = new KafkaProducer<>(config(settings), new StringSerializer(), new StringSerializer());
        producer.initTransactions();
    }

    /** What one transaction sends; says whether there was (or is) more to send. */
    interface TransactionBody {
        boolean send() throws IOException;
    }

    /**
     * Runs {@code body} in one transaction and commits it; aborts it on any failure.
     *
     * @return what the body said
     */
    boolean inTransaction(TransactionBody body) {
        producer.beginTransaction();
        try {
            boolean more = body.send();
            producer.commitTransaction();
            transactions++;
            return more;
        } catch (IOException e) {
            abortQuietly();
            throw new UncheckedIOException(e);
        } catch (KafkaException e) {
            abortQuietly();
            throw e;
        }
    }

    /** Sends a record in the open transaction. */
    void send(ProducerRecord<String, String> record) {
        producer.send(record);
    }

    /** @return the transactions committed so far */
    long transactions() {
        return transactions;
    }

    @Override
    public void close() {
        // every transaction is committed or aborted by now: closing only releases the connections, and a stopping
        // process must not wait long for a broker that went away
        producer.close(Duration.ofSeconds(Thread.currentThread().isInterrupted() ? 0 : 5));
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            // the producer is unusable; the caller sees the first error
        }
    }

    private static Properties config(IngestSettings settings) {
        Properties config = new Properties();
        config.putAll(settings.kafka());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "mesos-failover-ingest-" + settings.ingestId());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, ClusterPartitioner.class.getName());
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        // log lines shrink several times; less for the broker to write and serve, and less CPU on the whole
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(4 * 1024 * 1024));
        return config;
    }
}
