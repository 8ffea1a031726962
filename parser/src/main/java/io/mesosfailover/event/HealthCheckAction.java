package io.mesosfailover.event;

/** What the master does when an agent fails its health checks: shut it down (up to 1.0) or mark it unreachable (1.1+). */
public enum HealthCheckAction {
    /** {@code Shutting down slave ... due to health check timeout} (0.20 to 1.0). */
    SHUTDOWN,
    /** {@code transition of agent ... to UNREACHABLE} (1.1 and later). */
    MARK_UNREACHABLE
}
