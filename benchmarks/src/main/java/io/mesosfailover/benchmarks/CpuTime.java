package io.mesosfailover.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time used by this JVM and by the broker (its pid in the system property {@code bench.broker.pid}, read from
 * {@code /proc} on Linux). On a shared machine wall-clock rates vary with the neighbours; CPU time per line does not,
 * and tells what two dedicated cores could sustain.
 */
final class CpuTime {

    /** Clock ticks per second of {@code /proc/PID/stat}, as on every common Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    /** CPU seconds at one moment; the broker's is negative when unknown. */
    record Reading(double own, double broker) {

        /** @return the CPU used since {@code before}, in total and per thousand lines */
        String since(Reading before, long lines) {
            double own = own() - before.own();
            double broker = broker() < 0 ? Double.NaN : broker() - before.broker();
            double total = own + (Double.isNaN(broker) ? 0 : broker);
            return String.format(Locale.ROOT, "CPU: benchmark JVM (ingest + stream) %.1f s, broker %.1f s; %.2f ms per"
                    + " 1,000 lines, so two busy cores would carry %,.0f lines/s", own, broker, total * 1e6 / lines,
                    2 * lines / total);
        }
    }

    static Reading read() {
        double own = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return new Reading(own, brokerSeconds());
    }

    private static double brokerSeconds() {
        String pid = System.getProperty("bench.broker.pid");
        if (pid == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state is field 3 of stat, utime 14 and stime 15
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
