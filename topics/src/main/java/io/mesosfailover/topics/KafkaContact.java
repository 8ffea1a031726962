package io.mesosfailover.topics;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.errors.InterruptException;

/**
 * The first contact of a command with Kafka: a broker must answer within a bounded time, else the command stops
 * with one clear message ({@link KafkaUnreachableException}) instead of the clients' reconnection warnings and
 * their one-minute waits. Interrupting the waiting thread (a shutdown on SIGTERM) ends the wait at once.
 */
public final class KafkaContact {

    /** How long the first contact waits by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private KafkaContact() {
    }

    /**
     * Waits until a broker describes the cluster.
     *
     * @throws KafkaUnreachableException when none answered within {@code timeout}
     * @throws InterruptException when the thread was interrupted while waiting
     */
    public static void requireBroker(Properties kafka, Duration timeout) {
        Properties config = new Properties();
        kafka.stringPropertyNames().forEach(name -> config.put(name, kafka.getProperty(name)));
        Admin admin = Admin.create(config);
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) Math.min(Integer.MAX_VALUE,
                    timeout.toMillis()))).nodes().get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnreachableException("no Kafka broker answered at "
                    + kafka.getProperty("bootstrap.servers") + " within " + timeout.toSeconds() + " s ("
                    + (e.getCause() == null ? e : e.getCause()).getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        } finally {
            admin.close(Duration.ZERO);
        }
    }
}
