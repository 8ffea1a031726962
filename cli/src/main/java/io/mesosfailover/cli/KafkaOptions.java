package io.mesosfailover.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import io.mesosfailover.topics.KafkaContact;
import io.mesosfailover.topics.KafkaUnreachableException;
import picocli.CommandLine.Option;

/**
 * Where Kafka is, any client setting (TLS, SASL, ...) from a properties file, how long the first contact may take,
 * and whether the clients' own warnings are shown.
 */
final class KafkaOptions {

    /** The SLF4J simple logger's level setting for the Kafka clients. */
    static final String CLIENT_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.kafka";

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT,...", defaultValue = "localhost:9092",
            description = "Kafka brokers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client settings as Java properties (security.protocol, sasl.*, ssl.*, ...); they"
                + " override this command's own.")
    Path configFile;

    @Option(names = "--broker-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long the first contact with Kafka may take before the command gives up with exit"
                + " code 1 (default: ${DEFAULT-VALUE}).")
    long brokerTimeoutSeconds;

    @Option(names = "--verbose", description = "Show the Kafka clients' own warnings, such as each failed"
            + " connection (default: only their errors; the command says itself what went wrong).")
    boolean verbose;

    /**
     * Keeps the clients' log to errors unless {@code --verbose}, then waits for a broker to answer: without one the
     * command stops with one line and exit code 1 ({@link KafkaUnreachableException}). Call before any client.
     */
    void requireBroker(Properties clients) {
        if (brokerTimeoutSeconds <= 0) {
            throw new UserInputException("--broker-timeout must be > 0");
        }
        if (System.getProperty(CLIENT_LOG_LEVEL) == null) {
            System.setProperty(CLIENT_LOG_LEVEL, verbose ? "warn" : "error");
        }
        KafkaContact.requireBroker(clients, Duration.ofSeconds(brokerTimeoutSeconds));
    }

    /** @return the client settings: the bootstrap servers, then the file's settings */
    Properties toProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        if (configFile != null) {
            try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (NoSuchFileException e) {
                throw new UserInputException("--kafka-config: no such file: " + configFile, e);
            } catch (IOException | IllegalArgumentException e) {
                throw new UserInputException("--kafka-config: " + e.getMessage(), e);
            }
        }
        return properties;
    }
}
