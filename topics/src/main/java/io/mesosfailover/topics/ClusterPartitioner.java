package io.mesosfailover.topics;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

/**
 * Partitions the records of {@code mesos.log.lines} by cluster: the key is {@code cluster/host}, the partition is
 * chosen from the cluster part alone (murmur2, as Kafka's default partitioner does for whole keys). So every line of
 * a cluster, from all its masters, lands in one partition, where one streaming task parses it and runs the cluster's
 * timeline without a repartition through the broker. Any other producer of that topic must partition the same way.
 */
public final class ClusterPartitioner implements Partitioner {

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes,
            Cluster metadata) {
        int partitions = metadata.partitionCountForTopic(topic);
        return partitionOf(LineHeaders.clusterOf(key == null ? "" : key.toString()), partitions);
    }

    /** @return the partition of a cluster's lines among {@code partitions} */
    public static int partitionOf(String cluster, int partitions) {
        return Utils.toPositive(Utils.murmur2(cluster.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }

    @Override
    public void close() {
        // nothing to release
    }
}
