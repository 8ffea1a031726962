package io.mesosfailover.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Where Kafka is, and any client setting (TLS, SASL, ...) from a properties file. */
final class KafkaOptions {

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT,...", defaultValue = "localhost:9092",
            description = "Kafka brokers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client settings as Java properties (security.protocol, sasl.*, ssl.*, ...); they"
                + " override this command's own.")
    Path configFile;

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
