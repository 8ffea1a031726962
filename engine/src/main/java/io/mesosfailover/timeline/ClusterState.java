package io.mesosfailover.timeline;

import java.time.Duration;
import java.time.Instant;

/**
 * What a cluster looks like at one moment of its timeline: the live view of what is down now, before any incident
 * about it has closed.
 *
 * @param cluster the cluster
 * @param time the event time it is as of (the newest event applied)
 * @param agentsKnown agents (host:port) seen so far
 * @param agentsDown agents whose failover is open and who have not begun to register again: those {@code analyze}
 *     would report {@code not_recovered} if the input ended here
 * @param agentsRemoved of those, the ones the master removed or marked unreachable
 * @param agentsPastWindow of those, the ones down for longer than the health-check window of the master that saw
 *     them lost ({@code (max_agent_ping_timeouts + 1) x agent_ping_timeout}, 90 s by default)
 * @param oldestDownSince when the longest of those failovers began, {@code null} when none is open
 * @param leader the leading master, {@code null} when none is known to lead
 * @param leaderlessSince since when no master is known to lead, {@code null} while one leads (or before any was
 *     seen)
 */
public record ClusterState(String cluster, Instant time, int agentsKnown, int agentsDown, int agentsRemoved,
        int agentsPastWindow, Instant oldestDownSince, String leader, Instant leaderlessSince) {

    /**
     * @return how long the longest open failover has lasted (zero when it began after {@code time}: a clock went
     *     back), {@code null} when none is open
     */
    public Duration longestDown() {
        return oldestDownSince == null ? null : since(oldestDownSince);
    }

    /** @return how long the cluster has been without a leader (at least zero), {@code null} when it has one */
    public Duration leaderless() {
        return leaderlessSince == null ? null : since(leaderlessSince);
    }

    private Duration since(Instant from) {
        return from.isAfter(time) ? Duration.ZERO : Duration.between(from, time);
    }
}
