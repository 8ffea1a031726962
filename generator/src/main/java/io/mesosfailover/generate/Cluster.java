package io.mesosfailover.generate;

import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.sample.MesosWording;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated cluster: the study's three regions (Oslo, Frankfurt, Ireland), one master each (or only Oslo's), two
 * or three agents each and any further agents outside the regions; which master leads when; the agents' current ids.
 */
final class Cluster {

    /** The agents of the study's cluster; the scenarios play on them. */
    static final int STUDY_AGENTS = 7;

    final Instant start = Instant.parse("2021-03-09T14:00:00Z");
    final String masterId;
    final List<MasterLog> masters;
    final List<Agent> agents = new ArrayList<>();
    MasterLog leader;
    private final List<Span> leadership = new ArrayList<>();
    private int registrations;

    /**
     * @param masterCount 3 for the study's cluster, 1 for its Oslo master alone
     * @param agentCount the agents: the study's seven, then agents outside every region
     */
    Cluster(MesosWording version, int masterCount, int agentCount) {
        this.masters = List.of(new MasterLog("mesos-master-1", "10.0.19.5", 5669),
                new MasterLog("mesos-master-2", "192.168.0.5", 1880), new MasterLog("mesos-master-3", "172.16.0.5", 2301))
                .subList(0, masterCount);
        this.masterId = version == MesosWording.V0_22 ? "20210309-140000-2407081856-5050-5669"
                : "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80";
        String[][] layout = {{"192.168.187.205", "frankfurt"}, {"192.168.178.239", "frankfurt"},
            {"172.16.231.155", "ireland"}, {"172.16.231.156", "ireland"}, {"172.16.231.157", "ireland"},
            {"10.0.19.8", "oslo"}, {"10.0.19.9", "oslo"}};
        for (String[] agent : layout) {
            agents.add(new Agent(agent[0], agent[1]));
        }
        for (int i = layout.length; i < agentCount; i++) {
            int extra = i - layout.length;
            agents.add(new Agent("10.1." + extra / 250 + "." + (extra % 250 + 1), null));
        }
    }

    /** The masters start, the first is elected and every agent registers. */
    void startUp(Wording wording, Instant at) {
        for (int i = 0; i < masters.size(); i++) {
            MasterLog master = masters.get(i);
            master.add(at.plusMillis(100L * i), 'I', "master.cpp:450", wording.masterStarted(masterId, master.host,
                    master.ip));
            String flags = wording.flags(master.host, master.ip);
            if (flags != null) {
                master.add(at.plusMillis(100L * i + 50), 'I', "master.cpp:453", flags);
            }
        }
        leader = masters.get(0);
        Instant elected = at.plusSeconds(1);
        leader.add(elected, 'I', "master.cpp:2179", wording.elected());
        leadership.add(new Span(elected, null, leader));
        for (int i = 0; i < agents.size(); i++) {
            Agent agent = agents.get(i);
            // The study's agents a second apart, the others (of a large cluster) 20 ms apart after them
            Instant registered = i < STUDY_AGENTS ? at.plusSeconds(5L + i)
                    : at.plusSeconds(5L + STUDY_AGENTS).plusMillis(20L * (i - STUDY_AGENTS));
            leader.add(registered.minusMillis(200), 'I', "master.cpp:4550",
                    wording.registering(agent.pid(), agent.ip, newId(agent).value()));
            leader.add(registered, 'I', "master.cpp:4619", wording.registered(agent.slave()));
            agent.registeredAt = registered;
        }
        leader.add(at.plusMillis(4500), 'I', "master.cpp:3100", wording.frameworkAdded(masterId + "-0000"));
    }

    AgentId newId(Agent agent) {
        agent.id = new AgentId(masterId + "-S" + registrations++);
        return agent.id;
    }

    void leadershipChanged(Instant lost, Instant elected, MasterLog newLeader) {
        Span current = leadership.remove(leadership.size() - 1);
        leadership.add(new Span(current.from, lost, current.master));
        leadership.add(new Span(elected, null, newLeader));
        leader = newLeader;
    }

    /** @return the master leading at a time, {@code null} when none does */
    MasterLog leaderAt(Instant at) {
        for (Span span : leadership) {
            boolean started = !at.isBefore(span.from);
            boolean notEnded = span.until == null || at.isBefore(span.until);
            if (started && notEnded) {
                return span.master;
            }
        }
        return null;
    }

    private record Span(Instant from, Instant until, MasterLog master) {
    }

    /** An agent: its IP, its region ({@code null} outside the study's regions), its current id, when it is up. */
    static final class Agent {
        final String ip;
        final String region;
        AgentId id;
        /** When it first registered, {@code null} before the cluster started. */
        Instant registeredAt;
        private final List<Instant[]> downs = new ArrayList<>();

        Agent(String ip, String region) {
            this.ip = ip;
            this.region = region;
        }

        String pid() {
            return "slave(1)@" + ip + ":5051";
        }

        String slave() {
            return id.value() + " at " + pid() + " (" + ip + ")";
        }

        ProcessAddress address() {
            return new ProcessAddress(ip, 5051);
        }

        /** Notes that the agent is down (cut off, or rebooting) from {@code from} until {@code until}. */
        void down(Instant from, Instant until) {
            downs.add(new Instant[] {from, until});
        }

        /** @return whether the agent is registered, up and reachable at {@code at}, as far as the scenarios go */
        boolean upAt(Instant at) {
            if (registeredAt == null || at.isBefore(registeredAt)) {
                return false;
            }
            for (Instant[] down : downs) {
                if (!at.isBefore(down[0]) && at.isBefore(down[1])) {
                    return false;
                }
            }
            return true;
        }
    }
}
