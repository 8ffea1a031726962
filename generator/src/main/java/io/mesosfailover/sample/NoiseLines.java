package io.mesosfailover.sample;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Messages that fill real master logs between failover events: offers sent and accepted, allocation rounds, HTTP
 * requests, status updates and their forwarding, task launches. Deterministic for a seed; worded as the given
 * Mesos version words them (catalog TASK-01..03 and the allocator/HTTP lines of the master).
 */
public final class NoiseLines {

    private final MesosWording wording;
    private final SplittableRandom random;
    private final String masterId;
    private final String[] agents;
    private final String[] agentIds;

    /**
     * @param wording the Mesos version to word lines as
     * @param seed the seed; the same seed gives the same lines
     * @param masterId the id of the master the agents registered with
     * @param agentHosts the agents' IP addresses
     */
    public NoiseLines(MesosWording wording, long seed, String masterId, String... agentHosts) {
        this.wording = requireNonNull(wording, "wording is null");
        this.random = new SplittableRandom(seed);
        this.masterId = requireNonNull(masterId, "masterId is null");
        this.agents = agentHosts.clone();
        this.agentIds = new String[agentHosts.length];
        for (int i = 0; i < agentHosts.length; i++) {
            agentIds[i] = masterId + "-S" + i;
        }
        if (agents.length == 0) {
            throw new IllegalArgumentException("no agent hosts");
        }
    }

    /** @return the next noise message and its glog location, as {@code [location, message]} */
    public String[] next() {
        int agent = random.nextInt(agents.length);
        int kind = random.nextInt(100);
        if (kind < 25) {
            return new String[] {"master.cpp:8400", offersSent()};
        }
        if (kind < 45) {
            return new String[] {"hierarchical.cpp:1853", String.format(Locale.ROOT,
                "Performed allocation for %d %ss in %d.%03dms", agents.length, wording.agentWord(),
                random.nextInt(3), random.nextInt(1000))};
        }
        if (kind < 60) {
            return new String[] {"http.cpp:1115", String.format(Locale.ROOT,
                "HTTP GET for /master/state from 10.0.0.%d:%d with User-Agent='Mozilla/5.0'", random.nextInt(250) + 1,
                random.nextInt(30000) + 30000)};
        }
        if (kind < 70) {
            return new String[] {"master.cpp:3880", offersAccepted(agent)};
        }
        if (kind < 85) {
            return new String[] {"master.cpp:7530", "Status update " + statusUpdate("TASK_RUNNING") + " from "
                + wording.agentWord() + " " + slave(agent)};
        }
        if (kind < 97) {
            return new String[] {"master.cpp:7570", "Forwarding status update " + statusUpdate("TASK_RUNNING")};
        }
        return new String[] {"master.cpp:4011", "Launching task " + taskId() + " of framework " + framework()
            + " with resources " + resources() + " on " + wording.agentWord() + " " + slave(agent)};
    }

    private String offersSent() {
        return String.format(Locale.ROOT, "Sending %d offers to framework %s", random.nextInt(1, 6), framework());
    }

    private String offersAccepted(int agent) {
        String verb = wording == MesosWording.V0_22 ? "Processing ACCEPT call for offers: [ " : "Processing ACCEPT call"
            + " for offers: [ ";
        return verb + masterId + "-O" + random.nextInt(100_000) + " ] on " + wording.agentWord() + " " + slave(agent)
            + " for framework " + framework();
    }

    private String statusUpdate(String state) {
        String uuid = wording.statusUuid() ? "Status UUID: " : "UUID: ";
        return state + " (" + uuid + uuid() + ") for task " + taskId() + " of framework " + masterId + "-0000";
    }

    private String slave(int agent) {
        return agentIds[agent] + " at slave(1)@" + agents[agent] + ":5051 (" + agents[agent] + ")";
    }

    private String framework() {
        return masterId + "-0000 (marathon) at scheduler-3b6f1c2e-8d4a-4e2b-9f0c-7a1d5e9c2b44@10.0.1.11:38517";
    }

    private String taskId() {
        return "web." + uuid();
    }

    private String resources() {
        return wording.rolelessResources() ? "cpus:0.5; mem:256; ports:[31412-31412]"
            : "cpus(*):0.5; mem(*):256; ports(*):[31412-31412]";
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
