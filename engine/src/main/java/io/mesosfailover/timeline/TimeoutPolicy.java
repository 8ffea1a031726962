package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.parser.internal.StoutValues;
import java.time.Duration;
import java.util.Map;

/**
 * The timeouts a master ran with, read from its {@code Flags at startup} line (new {@code agent_*} and old
 * {@code slave_*} names), else the defaults of Mesos: 15 s x 5 pings, 10 min to re-register, 10 s ZooKeeper session.
 *
 * @param pingTimeout {@code agent_ping_timeout}
 * @param maxPingTimeouts {@code max_agent_ping_timeouts}
 * @param reregisterTimeout {@code agent_reregister_timeout}
 * @param zooKeeperSessionTimeout {@code zk_session_timeout}
 * @param removalRateLimit {@code agent_removal_rate_limit}, {@code null} when unlimited
 */
public record TimeoutPolicy(Duration pingTimeout, int maxPingTimeouts, Duration reregisterTimeout,
        Duration zooKeeperSessionTimeout, String removalRateLimit) {

    /** Mesos's default ping timeout. */
    public static final Duration DEFAULT_PING_TIMEOUT = Duration.ofSeconds(15);
    /** Mesos's default number of missed pings. */
    public static final int DEFAULT_MAX_PING_TIMEOUTS = 5;
    /** Mesos's default re-registration timeout. */
    public static final Duration DEFAULT_REREGISTER_TIMEOUT = Duration.ofMinutes(10);
    /** Mesos's default ZooKeeper session timeout. */
    public static final Duration DEFAULT_ZOOKEEPER_SESSION_TIMEOUT = Duration.ofSeconds(10);
    /** The defaults, for masters that did not log their flags (before 0.23). */
    public static final TimeoutPolicy DEFAULTS = new TimeoutPolicy(DEFAULT_PING_TIMEOUT, DEFAULT_MAX_PING_TIMEOUTS,
            DEFAULT_REREGISTER_TIMEOUT, DEFAULT_ZOOKEEPER_SESSION_TIMEOUT, null);

    /** Checks the components. */
    public TimeoutPolicy {
        requireNonNull(pingTimeout, "pingTimeout is null");
        requireNonNull(reregisterTimeout, "reregisterTimeout is null");
        requireNonNull(zooKeeperSessionTimeout, "zooKeeperSessionTimeout is null");
        if (maxPingTimeouts < 1) {
            throw new IllegalArgumentException("maxPingTimeouts must be at least 1: " + maxPingTimeouts);
        }
    }

    /** @return the policy of logged flags; a flag that is absent or unreadable keeps its default */
    public static TimeoutPolicy fromFlags(Map<String, String> flags) {
        return new TimeoutPolicy(
                duration(flags, "agent_ping_timeout", "slave_ping_timeout", DEFAULT_PING_TIMEOUT),
                count(flags, "max_agent_ping_timeouts", "max_slave_ping_timeouts", DEFAULT_MAX_PING_TIMEOUTS),
                duration(flags, "agent_reregister_timeout", "slave_reregister_timeout", DEFAULT_REREGISTER_TIMEOUT),
                duration(flags, "zk_session_timeout", "zk_session_timeout", DEFAULT_ZOOKEEPER_SESSION_TIMEOUT),
                flags.getOrDefault("agent_removal_rate_limit", flags.get("slave_removal_rate_limit")));
    }

    /** @return when the health check acts at the earliest after the last pong: timeout x max pings */
    public Duration healthCheckEarliest() {
        return pingTimeout.multipliedBy(maxPingTimeouts);
    }

    /** @return when it acts at the latest: (max pings + 1) x timeout */
    public Duration healthCheckLatest() {
        return pingTimeout.multipliedBy(maxPingTimeouts + 1L);
    }

    private static Duration duration(Map<String, String> flags, String name, String oldName, Duration fallback) {
        String value = flags.getOrDefault(name, flags.get(oldName));
        try {
            return value == null ? fallback : StoutValues.duration(value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static int count(Map<String, String> flags, String name, String oldName, int fallback) {
        String value = flags.getOrDefault(name, flags.get(oldName));
        try {
            return value == null ? fallback : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
