package io.mesosfailover.benchmarks;

import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What the commits of a Kafka Streams application cost, from its own metrics: how many its stream threads made and
 * how long they took (Kafka's {@code commit-latency-*}: flushing the stores, then committing the transaction), and
 * what its producers sent to the changelog topics of its stores (records and bytes, as sent: compressed).
 */
final class CommitCost {

    private CommitCost() {
    }

    /**
     * A reading of the metrics: totals since the application started, but the average latency is Kafka's
     * {@code commit-latency-avg}, which covers its recent sample window only (so no total can be made of it).
     */
    record Reading(double commits, double latencyAvgMs, double latencyMaxMs, double changelogRecords,
            double changelogBytes) {

        /**
         * @return the commits and changelog since {@code before}, with the latency of Kafka's recent window and the
         *     maximum of the application so far
         */
        String since(Reading before) {
            double count = commits - before.commits;
            double records = changelogRecords - before.changelogRecords;
            double bytes = changelogBytes - before.changelogBytes;
            return String.format(Locale.ROOT, "commits: %,.0f, %.1f ms each on average in the latest window (max so far %.0f ms); changelog"
                    + " %,.0f records, %.1f MB sent: %.1f KB and %,.0f records per commit", count,
                    latencyAvgMs, latencyMaxMs, records, bytes / 1e6,
                    count == 0 ? 0 : bytes / count / 1e3, count == 0 ? 0 : records / count);
        }
    }

    /** @return the application's commit and changelog totals now */
    static Reading read(KafkaStreams streams) {
        double commits = 0;
        double latencyTotal = 0;
        double latencyMax = 0;
        double records = 0;
        double bytes = 0;
        Map<MetricName, ? extends Metric> metrics = streams.metrics();
        for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
            MetricName name = entry.getKey();
            if (name.group().equals("stream-thread-metrics")) {
                double threadCommits = value(metrics, name.group(), "commit-total", name.tags());
                if (name.name().equals("commit-total")) {
                    commits += threadCommits;
                    latencyTotal += threadCommits * value(metrics, name.group(), "commit-latency-avg", name.tags());
                } else if (name.name().equals("commit-latency-max")) {
                    latencyMax = Math.max(latencyMax, value(entry.getValue()));
                }
            } else if (name.group().equals("producer-topic-metrics")
                    && name.tags().getOrDefault("topic", "").endsWith("-changelog")) {
                if (name.name().equals("record-send-total")) {
                    records += value(entry.getValue());
                } else if (name.name().equals("byte-total")) {
                    bytes += value(entry.getValue());
                }
            }
        }
        return new Reading(commits, commits == 0 ? 0 : latencyTotal / commits, latencyMax, records, bytes);
    }

    private static double value(Map<MetricName, ? extends Metric> metrics, String group, String metric,
            Map<String, String> tags) {
        for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
            MetricName name = entry.getKey();
            if (name.group().equals(group) && name.name().equals(metric) && name.tags().equals(tags)) {
                return value(entry.getValue());
            }
        }
        return 0;
    }

    private static double value(Metric metric) {
        Object value = metric.metricValue();
        return value instanceof Number number && !Double.isNaN(number.doubleValue()) ? number.doubleValue() : 0;
    }
}
