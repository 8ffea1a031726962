package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

/** Splits {@code [name@]host:port} once, for the address value types. */
record HostPort(String host, int port) {

    static HostPort parse(String text) {
        requireNonNull(text, "text is null");
        int at = text.lastIndexOf('@');
        String hostAndPort = at >= 0 ? text.substring(at + 1) : text;
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostAndPort.length() - 1) {
            throw new IllegalArgumentException("not host:port: '" + text + "'");
        }
        try {
            return new HostPort(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port is not a number in '" + text + "'", e);
        }
    }
}
