package io.mesosfailover.generate;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.sample.NoiseLines;
import io.mesosfailover.timeline.AgentFailover;
import io.mesosfailover.timeline.AgentOutcome;
import io.mesosfailover.timeline.Incident;
import io.mesosfailover.timeline.LeaderFailover;
import io.mesosfailover.timeline.LeaderlessPeriod;
import io.mesosfailover.timeline.RegionMap;
import io.mesosfailover.timeline.RegionOutage;
import io.mesosfailover.timeline.TimeoutCompliance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the log files of a three-master cluster (the study's hybrid cloud: one master and a few agents per
 * region) going through the study's scenarios, and the incidents they must give: an agent reboot (Listing 1), an
 * agent partitioned beyond the health-check timeout (Listing 2), a leader reboot, a region outage, and a
 * semi-isolation in which no master leads. Marathon runs its apps' tasks on the agents: those of a lost agent are
 * lost and launched again elsewhere ({@link Marathon}). The expected incidents are computed from the scenario's own
 * times, not by the engine, so that comparing the two tests the engine. With a single master ({@link ClusterShape}) only the
 * agent scenarios play, then as many further agent failovers as asked, spread over the agents.
 */
public final class ScenarioGenerator {

    /** The region map that goes with the generated logs (YAML, as {@code analyze --regions} reads it). */
    public static final String REGIONS_YAML = "regions:\n  oslo: [10.0.19.0/24]\n  frankfurt: [192.168.0.0/16]\n"
            + "  ireland: [172.16.0.0/12]\n";

    /** @return the region map of {@link #REGIONS_YAML}: what {@code analyze --regions} makes of the file */
    public static RegionMap regions() {
        return RegionMap.parse(REGIONS_YAML, "the scenarios' regions");
    }

    static final String CLUSTER = "default";
    static final Duration PING_WINDOW_START = Duration.ofSeconds(75);
    static final Duration PING_WINDOW_END = Duration.ofSeconds(90);
    /** Each agent fails over at most once in this time (a partition lasts 112.2 s). */
    static final Duration FAILOVER_SLOT = Duration.ofSeconds(180);
    /** How far the failovers of one slot are spread over the agents; the rest of the slot lets the last one end. */
    static final Duration FAILOVER_SPREAD = Duration.ofSeconds(60);

    private final Wording wording;
    private final MesosWording version;
    private final long seed;
    private final int noiseLines;
    private final SplittableRandom random;
    private final Cluster cluster;
    private final Marathon marathon;
    private final int failovers;
    private final List<Incident> expected = new ArrayList<>();

    /**
     * @param version the Mesos version whose wording the logs use
     * @param seed the seed of the noise; the same seed gives the same files
     * @param noiseLines how many noise lines (offers, allocation, HTTP, status updates) to spread over the logs
     */
    public ScenarioGenerator(MesosWording version, long seed, int noiseLines) {
        this(version, seed, noiseLines, ClusterShape.STUDY);
    }

    /**
     * @param version the Mesos version whose wording the logs use
     * @param seed the seed of the noise; the same seed gives the same files
     * @param noiseLines how many noise lines (offers, allocation, HTTP, status updates) to spread over the logs
     * @param shape the masters, agents and further failovers
     */
    public ScenarioGenerator(MesosWording version, long seed, int noiseLines, ClusterShape shape) {
        requireNonNull(shape, "shape is null");
        this.version = requireNonNull(version, "version is null");
        if (noiseLines < 0) {
            throw new IllegalArgumentException("noiseLines is negative: " + noiseLines);
        }
        this.wording = new Wording(version);
        this.seed = seed;
        this.noiseLines = noiseLines;
        this.random = new SplittableRandom(seed);
        this.cluster = new Cluster(version, shape.masters(), shape.agents());
        this.failovers = shape.failovers();
        // a stream of its own, so that the noise is the same with and without the tasks
        this.marathon = new Marathon(cluster, new TaskWording(version), new SplittableRandom(seed).split());
    }

    /**
     * Writes the log files into {@code logs} and returns them with the expected incidents.
     *
     * @throws IOException when a file cannot be written
     */
    public GeneratedLogs generate(Path logs) throws IOException {
        Files.createDirectories(logs);
        Instant start = cluster.start;
        cluster.startUp(wording, start);
        marathon.deploy(start.plusSeconds(15));
        agentReboot(cluster.agents.get(0), start.plus(Duration.ofMinutes(10)));
        agentPartition(cluster.agents.get(5), start.plus(Duration.ofMinutes(20)));
        if (cluster.masters.size() == 1) {
            Instant end = moreFailovers(start.plus(Duration.ofMinutes(25)));
            Instant noiseEnd = start.plus(Duration.ofMinutes(52));
            addNoise(start, end.isAfter(noiseEnd) ? end : noiseEnd);
            return write(logs, start);
        }
        Instant leaderReboot = start.plus(Duration.ofMinutes(30));
        leaderFailover(cluster.masters.get(0), cluster.masters.get(1), leaderReboot, Duration.ofSeconds(8), null,
                false);
        regionOutage(start.plus(Duration.ofMinutes(40)), List.of(2, 3, 4), cluster.masters.get(2));
        Instant isolation = start.plus(Duration.ofMinutes(50));
        leaderFailover(cluster.masters.get(1), cluster.masters.get(2), isolation, Duration.ofSeconds(95),
                List.of(cluster.masters.get(0), cluster.masters.get(2)), true);
        addNoise(start, isolation.plus(Duration.ofMinutes(2)));
        return write(logs, start);
    }

    private GeneratedLogs write(Path logs, Instant start) throws IOException {
        expected.addAll(marathon.finish());
        List<Path> files = new ArrayList<>();
        for (MasterLog master : cluster.masters) {
            files.add(master.write(logs, start));
        }
        expected.sort(Comparator.comparing(Incident::start).thenComparing(Incident::kind).thenComparing(Incident::id));
        return new GeneratedLogs(files, expected, version, seed);
    }

    /**
     * Listing 1: the agent reboots, loses its id and registers anew within seconds; the master first drops the old
     * registration from the same pid (a removal that leaves the outcome {@code replaced}).
     */
    private void agentReboot(Cluster.Agent agent, Instant at) {
        MasterLog leader = cluster.leader;
        AgentId oldId = agent.id;
        String oldSlave = agent.slave();
        Instant staleRemoved = at.plus(Duration.ofNanos(11_853_613_000L));
        Instant registered = at.plus(Duration.ofNanos(12_029_962_000L));
        agent.down(at, registered);
        lose(agent, at);
        leader.add(staleRemoved, 'I', "master.cpp:4167", wording.staleRemoved(oldSlave, agent.pid()));
        Instant removing = staleRemoved.plusNanos(20_000);
        Instant removed = staleRemoved.plusMillis(10);
        leader.add(removing, 'I', "master.cpp:10784", wording.removing(oldSlave, Wording.NEW_AGENT_AT_SAME_ADDRESS));
        leader.add(removed, 'I', "master.cpp:10826", wording.removed(oldId.value(), agent.ip, oldSlave,
                Wording.NEW_AGENT_AT_SAME_ADDRESS));
        marathon.lost(agent, oldSlave, oldId, Marathon.Loss.removed(removing, removed,
                Wording.NEW_AGENT_AT_SAME_ADDRESS));
        leader.add(at.plus(Duration.ofNanos(11_853_697_000L)), 'I', "master.cpp:4550",
                wording.registering(agent.pid(), agent.ip, cluster.newId(agent).value()));
        leader.add(registered, 'I', "master.cpp:4619", wording.registered(agent.slave()));
        expected.add(failover(agent, at, List.of(oldId, agent.id),
                new Removal(staleRemoved, "new registration from the same pid"), null,
                new Back(registered, "agent-registered", AgentOutcome.REPLACED)));
    }

    /** Listing 2: the agent is silent beyond the health-check timeout, is removed (or marked unreachable), returns. */
    private void agentPartition(Cluster.Agent agent, Instant at) {
        Instant acted = at.plus(Duration.ofSeconds(78));
        Instant back = at.plus(Duration.ofMillis(112_200));
        agent.down(at, back);
        lose(agent, at);
        AgentId oldId = agent.id;
        expected.add(compliance(agent, at, acted));
        if (wording.marksUnreachable()) {
            unreachableThenBack(agent, at, oldId, acted, back);
            return;
        }
        shutDown(agent, acted);
        Instant refused = at.plus(Duration.ofSeconds(84));
        cluster.leader.add(refused, 'W', "master.cpp:3497", wording.refused(oldId.value(), agent.pid(), agent.ip));
        registerAnew(agent, back);
        expected.add(failover(agent, at, List.of(oldId, agent.id), Removal.healthCheck(acted), refused,
                new Back(back, "agent-registered", AgentOutcome.REMOVED_THEN_REJOINED)));
    }

    /**
     * 1.1 and later: the agent lost at {@code lostAt} is marked unreachable when the health checks give up
     * ({@code acted}), then readmitted and re-registered when it is back.
     */
    private void unreachableThenBack(Cluster.Agent agent, Instant lostAt, AgentId oldId, Instant acted, Instant back) {
        markUnreachable(agent, acted);
        readmit(agent, back);
        reregister(cluster.leader, agent, back);
        expected.add(failover(agent, lostAt, List.of(oldId), Removal.healthCheck(acted), null,
                new Back(back, "agent-reregistered", AgentOutcome.UNREACHABLE_THEN_REREGISTERED, admission(back))));
    }

    /**
     * The further failovers of a single master's cluster: in slots in which each agent fails over at most once, a
     * reboot and a partition in turn, spread over the agents.
     *
     * @return when the last slot ends
     */
    private Instant moreFailovers(Instant from) {
        int agents = cluster.agents.size();
        long spreadNanos = FAILOVER_SPREAD.toNanos() / agents;
        Instant slot = from;
        for (int i = 0; i < failovers; i++) {
            int index = i % agents;
            if (index == 0 && i > 0) {
                slot = slot.plus(FAILOVER_SLOT);
            }
            Instant at = slot.plusNanos(spreadNanos * index / 1_000 * 1_000);
            if (i % 2 == 0) {
                agentReboot(cluster.agents.get(index), at);
            } else {
                agentPartition(cluster.agents.get(index), at);
            }
        }
        return failovers == 0 ? from : slot.plus(FAILOVER_SLOT);
    }

    /**
     * A whole region is cut off (the study: "one Mesos master node and four slave nodes"): its agents go silent
     * within seconds and come back minutes later; its master loses its ZooKeeper connection, and its session when
     * the region is back.
     */
    private void regionOutage(Instant at, List<Integer> agentIndexes, MasterLog master) {
        List<ProcessAddress> lost = new ArrayList<>();
        Instant lastBack = null;
        for (int i = 0; i < agentIndexes.size(); i++) {
            cluster.agents.get(agentIndexes.get(i)).down(regionSilent(at, i), regionBack(at, i));
        }
        for (int i = 0; i < agentIndexes.size(); i++) {
            Cluster.Agent agent = cluster.agents.get(agentIndexes.get(i));
            Instant silent = regionSilent(at, i);
            Instant acted = silent.plus(Duration.ofSeconds(78));
            Instant back = regionBack(at, i);
            AgentId oldId = agent.id;
            lose(agent, silent);
            expected.add(compliance(agent, silent, acted));
            if (wording.marksUnreachable()) {
                unreachableThenBack(agent, silent, oldId, acted, back);
            } else {
                shutDown(agent, acted);
                registerAnew(agent, back);
                expected.add(failover(agent, silent, List.of(oldId, agent.id), Removal.healthCheck(acted), null,
                        new Back(back, "agent-registered", AgentOutcome.REMOVED_THEN_REJOINED)));
            }
            lost.add(agent.address());
            lastBack = back;
        }
        Instant masterCutOff = at.plusSeconds(3);
        master.add(masterCutOff, 'I', "group.cpp:418", wording.zooKeeperConnectionLost());
        master.add(at.plusSeconds(300), 'I', "group.cpp:900", wording.sessionExpired());
        master.add(at.plusSeconds(300).plusMillis(100), 'I', "group.cpp:313", wording.zooKeeperConnected(master.ip));
        String region = cluster.agents.get(agentIndexes.get(0)).region;
        List<RegionOutage.MasterDown> masters = List.of(new RegionOutage.MasterDown(master.host, masterCutOff,
                "zoo-keeper-connection-lost", false));
        expected.add(new RegionOutage(Incident.idOf(RegionOutage.class, region, at), CLUSTER, region, lost, at,
                lastBack, masters, false, false));
    }

    /** @return when the {@code i}-th agent of a region cut off at {@code at} goes silent: two seconds apart */
    private static Instant regionSilent(Instant at, int i) {
        return at.plus(Duration.ofSeconds(2L * i));
    }

    /** @return when it is back with the region, five minutes later */
    private static Instant regionBack(Instant at, int i) {
        return at.plus(Duration.ofSeconds(300 + i)).plus(Duration.ofMillis(200));
    }

    /**
     * The leader loses its ZooKeeper session (after its registrar aborted, with {@code registrarAborts}); after
     * {@code gap} another master is elected, drops messages until it has recovered its registry, and every agent
     * and the framework re-register with it. With {@code sawNoLeader}, those masters log that no master leads
     * during the gap.
     */
    private void leaderFailover(MasterLog oldLeader, MasterLog newLeader, Instant at, Duration gap,
            List<MasterLog> sawNoLeader, boolean registrarAborts) {
        String lossCause = null;
        if (registrarAborts) {
            oldLeader.add(at.minusSeconds(1), 'E', "registrar.cpp:506", wording.registrarAborting());
            lossCause = "registrar aborting: " + Wording.REGISTRAR_FAILURE;
        }
        oldLeader.add(at, 'I', "group.cpp:900", wording.sessionExpired());
        if (wording.lostLeadershipExit() != null) {
            oldLeader.add(at.plus(Duration.ofMillis(100)), 'E', "master.cpp:2164", wording.lostLeadershipExit());
        }
        Instant elected = at.plus(gap);
        if (sawNoLeader != null) {
            noLeaderSightings(sawNoLeader, at, elected);
        }
        newLeader.add(elected.minusSeconds(2), 'I', "master.cpp:1350", wording.droppedNotElected());
        newLeader.add(elected, 'I', "master.cpp:2179", wording.elected());
        Instant refusedUntil = elected.plusMillis(400);
        newLeader.add(elected.plusMillis(200), 'I', "master.cpp:1350", wording.droppedNotRecovered());
        newLeader.add(refusedUntil, 'I', "master.cpp:1350", wording.droppedNotRecovered());
        newLeader.add(elected.plus(Duration.ofMillis(500)), 'I', "master.cpp:1900",
                wording.recovered(cluster.agents.size()));
        Instant lastBack = null;
        for (int i = 0; i < cluster.agents.size(); i++) {
            lastBack = elected.plus(Duration.ofMillis(1000 + 500L * i));
            reregister(newLeader, cluster.agents.get(i), lastBack);
        }
        Instant allocatorBack = allocatorRecovery(newLeader, elected);
        newLeader.add(elected.plusMillis(2200), 'I', "master.cpp:2650", wording.frameworkResubscribed(cluster.masterId
                + "-0000"));
        cluster.leadershipChanged(at, elected, newLeader);
        oldLeader.add(at.plus(Duration.ofSeconds(20)), 'I', "master.cpp:450",
                wording.masterStarted(cluster.masterId + "-restarted", oldLeader.host, oldLeader.ip));
        LeaderFailover.Readiness readiness = new LeaderFailover.Readiness(3, refusedUntil, allocatorBack,
                allocatorBack == null ? null : "completed", 1L, 1);
        expected.add(new LeaderFailover(Incident.idOf(LeaderFailover.class, newLeader.host, elected), CLUSTER,
                oldLeader.host, at, "zoo-keeper-session-expired", newLeader.host, elected,
                (long) cluster.agents.size(), cluster.agents.size(), lastBack, lossCause, readiness, false));
    }

    /**
     * The new leader's allocator (0.27 and later) waits for 80% of the agents, then is back.
     *
     * @return when it was back, {@code null} for a wording without allocator recovery
     */
    private Instant allocatorRecovery(MasterLog newLeader, Instant elected) {
        int waitFor = cluster.agents.size() * 4 / 5;
        if (wording.allocatorRecoveryTriggered(waitFor) == null) {
            return null;
        }
        newLeader.add(elected.plusMillis(600), 'I', "hierarchical.cpp:727",
                wording.allocatorRecoveryTriggered(waitFor));
        Instant back = elected.plusMillis(1000 + 500L * (waitFor - 1)).plusNanos(1_000_000);
        newLeader.add(back, 'I', "hierarchical.cpp:1779", wording.allocatorRecoveryCompleted(waitFor));
        return back;
    }

    private void noLeaderSightings(List<MasterLog> followers, Instant at, Instant elected) {
        List<String> evidence = new ArrayList<>(List.of("leader-detected"));
        if (wording.noMasterElected() != null) {
            evidence.add("no-leader-elected");
        }
        List<String> masters = new ArrayList<>();
        for (int i = 0; i < followers.size(); i++) {
            MasterLog follower = followers.get(i);
            for (int round = 0; round < 2; round++) {
                Instant seen = at.plus(Duration.ofMillis(1000 + 500L * i + 30_000L * round));
                follower.add(seen, 'I', "zookeeper.cpp:262", wording.noLeaderDetected());
                if (wording.noMasterElected() != null) {
                    follower.add(seen.plus(Duration.ofMillis(100)), 'I', "master.cpp:2200", wording.noMasterElected());
                }
            }
            masters.add(follower.host);
        }
        expected.add(new LeaderlessPeriod(Incident.idOf(LeaderlessPeriod.class, CLUSTER, at), CLUSTER, at, elected,
                evidence, masters, false));
    }

    private void lose(Cluster.Agent agent, Instant at) {
        MasterLog leader = cluster.leader;
        leader.add(at, 'I', "master.cpp:1379", wording.disconnected(agent.slave()));
        leader.add(at.plusNanos(65_000), 'I', "master.cpp:1408", wording.disconnecting(agent.slave()));
        leader.add(at.plusNanos(101_000), 'I', "master.cpp:1427", wording.deactivating(agent.slave()));
        leader.add(at.plusNanos(153_000), 'I', "hierarchical.cpp:785", wording.deactivated(agent.id.value()));
    }

    /** The health check (0.x, 1.0) shuts the agent down and removes it; its tasks are lost. */
    private void shutDown(Cluster.Agent agent, Instant acted) {
        MasterLog leader = cluster.leader;
        String reason = Wording.HEALTH_CHECK_TIMED_OUT;
        Instant removing = acted.plusNanos(1_200_000);
        Instant removed = acted.plusNanos(10_000_000);
        leader.add(acted, 'I', "master.cpp:266", wording.healthCheckTimedOut(agent.id.value()));
        leader.add(acted.plusNanos(1_136_000), 'W', "master.cpp:4563", wording.shutdown(agent.slave()));
        leader.add(removing, 'I', "master.cpp:4680", wording.removing(agent.slave(), reason));
        leader.add(removed, 'I', "master.cpp:4820", wording.removed(agent.id.value(), agent.ip, agent.slave(), reason));
        marathon.lost(agent, agent.slave(), agent.id, Marathon.Loss.removed(removing, removed, reason));
    }

    /** The health check (1.1 and later) marks the agent unreachable; its tasks are unreachable. */
    private void markUnreachable(Cluster.Agent agent, Instant acted) {
        Instant marked = acted.plusNanos(10_000_000);
        cluster.leader.add(acted, 'I', "master.cpp:8162", wording.markingUnreachable(agent.id.value(), agent.ip));
        cluster.leader.add(marked, 'I', "master.cpp:8234", wording.markedUnreachable(agent.id.value(), agent.ip));
        marathon.lost(agent, agent.slave(), agent.id, Marathon.Loss.unreachable(marked, Wording.HEALTH_CHECK_TIMED_OUT));
    }

    private void registerAnew(Cluster.Agent agent, Instant registered) {
        cluster.leader.add(registered.minusMillis(200), 'I', "master.cpp:4550",
                wording.registering(agent.pid(), agent.ip, cluster.newId(agent).value()));
        cluster.leader.add(registered, 'I', "master.cpp:4619", wording.registered(agent.slave()));
    }

    private void reregister(MasterLog leader, Cluster.Agent agent, Instant back) {
        leader.add(back.minusMillis(100), 'I', "master.cpp:5180",
                wording.reregisterRequest(agent.id.value(), agent.pid(), agent.ip));
        leader.add(back, 'I', "master.cpp:5300", wording.reregistered(agent.slave()));
    }

    private AgentFailover failover(Cluster.Agent agent, Instant lostAt, List<AgentId> ids, Removal removal,
            Instant refusedAt, Back back) {
        return new AgentFailover(Incident.idOf(AgentFailover.class, agent.address().toString(), lostAt), CLUSTER,
                agent.address(), agent.ip, cluster.leader.host, ids, lostAt, "disconnected", false,
                removal == null ? null : removal.at, removal == null ? null : removal.reason, refusedAt, back.at,
                back.by, back.outcome, back.admission, false);
    }

    /**
     * The 1.4+ admission of an unreachable agent coming back: the registry consulted, then re-admitted; the state
     * of its tasks sent again.
     */
    private void readmit(Cluster.Agent agent, Instant back) {
        cluster.leader.add(back.minusMillis(80), 'I', "master.cpp:6960",
                wording.registryConsulted(agent.id.value(), agent.pid(), agent.ip));
        cluster.leader.add(back.minusMillis(50), 'I', "master.cpp:7010", wording.readmitted(agent.slave()));
        marathon.reachableAgain(agent, back);
    }

    private static AgentFailover.Admission admission(Instant back) {
        return new AgentFailover.Admission(back.minusMillis(80), back.minusMillis(50), null);
    }

    /** How and when an agent came back, and the admission steps its master logged. */
    private record Back(Instant at, String by, AgentOutcome outcome, AgentFailover.Admission admission) {

        Back(Instant at, String by, AgentOutcome outcome) {
            this(at, by, outcome, null);
        }
    }

    /** When and why the master removed an agent. */
    private record Removal(Instant at, String reason) {

        static Removal healthCheck(Instant at) {
            return new Removal(at, "health check timed out");
        }
    }

    private TimeoutCompliance compliance(Cluster.Agent agent, Instant silent, Instant acted) {
        return new TimeoutCompliance(Incident.idOf(TimeoutCompliance.class, agent.address().toString(), silent), CLUSTER,
                TimeoutCompliance.ComplianceCheck.HEALTH_CHECK, agent.address(), agent.id, cluster.leader.host, silent,
                acted, silent.plus(PING_WINDOW_START), silent.plus(PING_WINDOW_END), TimeoutCompliance.Verdict.WITHIN,
                false, false);
    }

    /** Spreads the noise over the span, each line in the file of the master leading at its time. */
    private void addNoise(Instant from, Instant to) {
        List<String> hosts = new ArrayList<>();
        for (Cluster.Agent agent : cluster.agents) {
            hosts.add(agent.ip);
        }
        NoiseLines noise = new NoiseLines(version, seed, cluster.masterId, hosts.toArray(new String[0]));
        long span = Duration.between(from, to).toNanos() / 1_000;
        for (int i = 0; i < noiseLines; i++) {
            Instant at = from.plus(Duration.ofNanos(random.nextLong(span) * 1_000));
            MasterLog leader = cluster.leaderAt(at);
            if (leader != null) {
                String[] line = noise.next();
                leader.add(at, 'I', line[0], line[1]);
            }
        }
    }
}
