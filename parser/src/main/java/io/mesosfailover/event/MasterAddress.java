package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * The host:port of a master, from its pid ({@code master@10.0.1.13:5050}) or its start-up line.
 *
 * @param host the IP address or host name
 * @param port the port
 */
public record MasterAddress(String host, int port) implements Serializable {
    /** Checks the components. */
    public MasterAddress {
        requireNonNull(host, "host is null");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * Reads {@code host:port}, or a pid {@code master@host:port}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    @JsonCreator
    public static MasterAddress parse(String text) {
        HostPort hostPort = HostPort.parse(text);
        return new MasterAddress(hostPort.host(), hostPort.port());
    }

    @JsonValue
    @Override
    public String toString() {
        return host + ":" + port;
    }
}
