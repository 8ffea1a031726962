package io.mesosfailover.benchmarks;

import io.mesosfailover.sample.GlogLineWriter;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.sample.NoiseLines;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes a large, realistic master log: about 95% noise (offers, allocation rounds, HTTP requests, status updates)
 * and 5% failover lines (agents disconnecting, timing out, removed, registering; elections) in catalog wording.
 */
final class SyntheticMasterLog {

    private static final String MASTER_ID = "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80";

    private SyntheticMasterLog() {
    }

    static void write(Path file, int lines, MesosWording wording, long seed) throws IOException {
        String[] hosts = new String[40];
        for (int i = 0; i < hosts.length; i++) {
            hosts[i] = "10.0.2." + (i + 10);
        }
        NoiseLines noise = new NoiseLines(wording, seed, MASTER_ID, hosts);
        SplittableRandom random = new SplittableRandom(seed + 1);
        Instant time = Instant.parse("2021-03-09T14:03:18.523549Z");
        StringBuilder buffer = new StringBuilder(1 << 16);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(GlogLineWriter.header(time, "mesos-master-1"));
            for (int i = 0; i < lines - 3; i++) {
                time = time.plusNanos(random.nextInt(1_000, 2_000_000));
                String[] line = random.nextInt(100) < 5 ? failoverLine(wording, random, hosts) : noise.next();
                GlogLineWriter.line(buffer, 'I', time, 1860 + random.nextInt(8), line[0], line[1]);
                if (buffer.length() > 60_000) {
                    out.append(buffer);
                    buffer.setLength(0);
                }
            }
            out.append(buffer);
        }
    }

    private static String[] failoverLine(MesosWording wording, SplittableRandom random, String[] hosts) {
        int agent = random.nextInt(hosts.length);
        String id = MASTER_ID + "-S" + agent;
        String slave = id + " at slave(1)@" + hosts[agent] + ":5051 (" + hosts[agent] + ")";
        String word = wording.agentWord();
        switch (random.nextInt(8)) {
            case 0:
                return new String[] {"master.cpp:1379", wording.agentTitle() + " " + slave + " disconnected"};
            case 1:
                return new String[] {"master.cpp:1408", "Disconnecting " + word + " " + slave};
            case 2:
                return new String[] {"hierarchical.cpp:785", wording.agentTitle() + " " + id + " deactivated"};
            case 3:
                return new String[] {"master.cpp:266", wording.marksUnreachable()
                    ? "Marking agent " + id + " (" + hosts[agent] + ") unreachable: health check timed out"
                    : "Shutting down " + word + " " + id + " due to health check timeout"};
            case 4:
                return new String[] {"master.cpp:6442", "Registering " + word + " at slave(1)@" + hosts[agent] + ":5051 ("
                    + hosts[agent] + ") with id " + id};
            case 5:
                return new String[] {"master.cpp:6535", "Re-registered " + word + " " + slave + " with cpus:4; mem:14861"};
            case 6:
                return new String[] {"master.cpp:2179", "Elected as the leading master!"};
            default:
                return new String[] {"group.cpp:700", "Lost connection to ZooKeeper, attempting to reconnect ..."};
        }
    }
}
