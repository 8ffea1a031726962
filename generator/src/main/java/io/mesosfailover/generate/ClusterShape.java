package io.mesosfailover.generate;

/**
 * What a generated log set holds besides its noise: the study's three masters and seven agents going through all of
 * its scenarios, or one master alone (the busy {@code mesos-master.INFO} a user analyses) with as many agents as a
 * large cluster has and as many further agent failovers as asked.
 *
 * @param masters 3 for the study's cluster (every scenario), 1 for its first master alone (the agent scenarios only)
 * @param agents the agents: at least the study's seven; more only with one master
 * @param failovers agent failovers besides the scenarios' (reboots and partitions in turn); only with one master
 */
public record ClusterShape(int masters, int agents, int failovers) {

    /** The study's cluster: three masters, seven agents, every scenario once. */
    public static final ClusterShape STUDY = new ClusterShape(3, Cluster.STUDY_AGENTS, 0);

    /** @throws IllegalArgumentException naming the value that does not fit */
    public ClusterShape {
        if (masters != 1 && masters != 3) {
            throw new IllegalArgumentException("masters must be 1 or 3: " + masters);
        }
        if (agents < Cluster.STUDY_AGENTS) {
            throw new IllegalArgumentException("agents must be at least " + Cluster.STUDY_AGENTS + ": " + agents);
        }
        if (failovers < 0) {
            throw new IllegalArgumentException("failovers must not be negative: " + failovers);
        }
        if (masters != 1 && (agents != Cluster.STUDY_AGENTS || failovers != 0)) {
            throw new IllegalArgumentException("more agents and failovers need a single master (the study's three"
                    + " masters play the leader scenarios on its seven agents)");
        }
    }
}
