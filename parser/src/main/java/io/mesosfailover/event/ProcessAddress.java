package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The host:port of a Mesos process, agent or master, taken from its libprocess pid ({@code slave(1)@10.0.19.9:5051},
 * {@code master@10.0.1.13:5050}) or from a master's start-up line. An agent's address stays the same across removal
 * and re-registration, so timelines follow it.
 *
 * @param host the IP address or host name
 * @param port the port
 */
public record ProcessAddress(String host, int port) {
    /** Checks the components. */
    public ProcessAddress {
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
    public static ProcessAddress parse(String text) {
        requireNonNull(text, "text is null");
        int at = text.lastIndexOf('@');
        String hostAndPort = at >= 0 ? text.substring(at + 1) : text;
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostAndPort.length() - 1) {
            throw new IllegalArgumentException("not host:port: '" + text + "'");
        }
        try {
            return new ProcessAddress(hostAndPort.substring(0, colon),
                    Integer.parseInt(hostAndPort.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port is not a number in '" + text + "'", e);
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return host + ":" + port;
    }
}
