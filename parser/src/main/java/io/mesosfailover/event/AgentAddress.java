package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * The host:port of an agent, taken from its libprocess pid ({@code slave(1)@10.0.19.9:5051}). It stays the same
 * across removal and re-registration, so timelines follow it.
 *
 * @param host the IP address or host name
 * @param port the port
 */
public record AgentAddress(String host, int port) implements Serializable {
    /** Checks the components. */
    public AgentAddress {
        requireNonNull(host, "host is null");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * Reads {@code host:port}, or a pid {@code name@host:port}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    @JsonCreator
    public static AgentAddress parse(String text) {
        HostPort hostPort = HostPort.parse(text);
        return new AgentAddress(hostPort.host(), hostPort.port());
    }

    @JsonValue
    @Override
    public String toString() {
        return host + ":" + port;
    }
}
