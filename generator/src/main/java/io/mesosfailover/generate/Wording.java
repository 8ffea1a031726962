package io.mesosfailover.generate;

import io.mesosfailover.sample.MesosWording;

/** The master's messages for the scenarios, worded as each Mesos version words them (catalog §4). */
final class Wording {

    private final MesosWording version;

    Wording(MesosWording version) {
        this.version = version;
    }

    private String word() {
        return version.agentWord();
    }

    private String title() {
        return version.agentTitle();
    }

    String resources() {
        return version.rolelessResources() ? "cpus:4; mem:14861; disk:45651; ports:[31000-32000]"
                : "cpus(*):4; mem(*):14861; disk(*):45651; ports(*):[31000-32000]";
    }

    String flags(String host, String ip) {
        String ping = version == MesosWording.V0_22 ? null : "--agent_ping_timeout=\"15secs\"";
        return ping == null ? null : "Flags at startup: --agent_ping_timeout=\"15secs\" --agent_reregister_timeout=\"10mins\""
                + " --allocation_interval=\"1secs\" --hostname=\"" + host + "\" --ip=\"" + ip + "\""
                + " --max_agent_ping_timeouts=\"5\" --port=\"5050\" --quorum=\"2\" --registry=\"replicated_log\""
                + " --zk=\"zk://10.0.19.5:2181,192.168.0.5:2181,172.16.0.5:2181/mesos\" --zk_session_timeout=\"10secs\"";
    }

    String disconnected(String slave) {
        return title() + " " + slave + " disconnected";
    }

    String disconnecting(String slave) {
        return "Disconnecting " + word() + " " + slave;
    }

    String deactivating(String slave) {
        return "Deactivating " + word() + " " + slave;
    }

    String deactivated(String id) {
        return title() + " " + id + " deactivated";
    }

    String registering(String pid, String host, String id) {
        return "Registering " + word() + " at " + pid + " (" + host + ") with id " + id;
    }

    /** @return the master dropping a rebooted agent's old registration for its new one (0.20-0.22 name the pid) */
    String staleRemoved(String slave, String pid) {
        return "Removing old disconnected " + word() + " " + slave + " because a registration attempt "
                + (version == MesosWording.V0_22 ? "is being made from " + pid : "occurred");
    }

    String registered(String slave) {
        return "Registered " + word() + " " + slave + " with " + resources();
    }

    String reregistered(String slave) {
        return "Re-registered " + word() + " " + slave + " with " + resources();
    }

    String healthCheckTimedOut(String id) {
        return "Shutting down " + word() + " " + id + " due to health check timeout";
    }

    String shutdown(String slave) {
        return "Shutting down " + word() + " " + slave + " with message 'health check timed out'";
    }

    /** @return the master starting to remove an agent (0.20-0.22 without the reason) */
    String removing(String slave, String reason) {
        return version == MesosWording.V0_22 ? "Removing slave " + slave : "Removing agent " + slave + ": " + reason;
    }

    /** @return the registry done removing it: 0.22 without the reason, 1.2 and later with the agent as printed */
    String removed(String id, String host, String slave, String reason) {
        switch (version) {
            case V0_22:
                return "Removed slave " + id + " (" + host + ")";
            case V1_0:
                return "Removed agent " + id + " (" + host + "): " + reason;
            default:
                return "Removed agent " + slave + ": " + reason;
        }
    }

    String refused(String id, String pid, String host) {
        return title() + " " + id + " at " + pid + " (" + host + ") attempted to re-register after removal; shutting"
                + " it down";
    }

    String markingUnreachable(String id, String host) {
        return "Marking agent " + id + " (" + host + ") unreachable: health check timed out";
    }

    String markedUnreachable(String id, String host) {
        return "Marked agent " + id + " (" + host + ") unreachable: health check timed out";
    }

    String reregisterRequest(String id, String pid, String host) {
        return version == MesosWording.V1_11 ? "Received reregister agent message from agent " + id + " at " + pid
                + " (" + host + ")" : "Re-registering " + word() + " " + id + " at " + pid + " (" + host + ")";
    }

    String elected() {
        return "Elected as the leading master!";
    }

    String recovered(int agents) {
        switch (version) {
            case V0_22:
                return "Recovered " + agents + " slaves from the Registry (1527B) ; allowing 10mins for slaves to"
                        + " re-register";
            case V1_0:
                return "Recovered " + agents + " agents from the Registry (1527B) ; allowing 10mins for agents to"
                        + " re-register";
            default:
                return "Recovered " + agents + " agents from the registry (1527B); allowing 10mins for agents to"
                        + " reregister";
        }
    }

    /** The reason of the health check's removal or unreachable mark. */
    static final String HEALTH_CHECK_TIMED_OUT = "health check timed out";

    /** The reason of the removal of a rebooted agent's old registration (1.0 and later; 0.22 logs none). */
    static final String NEW_AGENT_AT_SAME_ADDRESS = "a new agent registered at the same address";

    /** The registrar's error when the leader's replicated log cannot reach its quorum. */
    static final String REGISTRAR_FAILURE = "Failed to update 'registry': Failed to perform store within 20secs";

    String registrarAborting() {
        return "Registrar aborting: " + REGISTRAR_FAILURE;
    }

    String droppedNotElected() {
        return "Dropping 'mesos.internal.ReregisterSlaveMessage' message since not elected yet";
    }

    String droppedNotRecovered() {
        return "Dropping 'mesos.internal.ReregisterSlaveMessage' message since not recovered yet";
    }

    /** @return the allocator waiting for agents (0.27 and later), {@code null} for 0.22 */
    String allocatorRecoveryTriggered(int agents) {
        return version == MesosWording.V0_22 ? null : "Triggered allocator recovery: waiting for " + agents + " "
                + word() + "s to reconnect or 10mins to pass";
    }

    String allocatorRecoveryCompleted(int agents) {
        return "Recovery complete: sufficient amount of " + word() + "s added; " + agents + " " + word()
                + "s known to the allocator";
    }

    String frameworkAdded(String id) {
        return "Added framework " + id;
    }

    /** @return a framework known before coming back to a new leader: re-registering (0.x) or subscribing (1.x) */
    String frameworkResubscribed(String id) {
        return version == MesosWording.V0_22 ? "Re-registering framework " + id + " (marathon)  at " + TaskWording.SCHEDULER
                : "Allowing framework " + id + " (marathon) at " + TaskWording.SCHEDULER + " to subscribe with an already used id";
    }

    /** @return the 1.4+ registry check of a returning agent */
    String registryConsulted(String id, String pid, String host) {
        return "Consulting registry about agent " + id + " at " + pid + "(" + host + ")";
    }

    String readmitted(String slave) {
        return "Re-admitted agent " + slave;
    }

    String zooKeeperConnectionLost() {
        return "Lost connection to ZooKeeper, attempting to reconnect ...";
    }

    String zooKeeperConnected(String ip) {
        return "Group process (group(2)@" + ip + ":5050) connected to ZooKeeper";
    }

    String sessionExpired() {
        return "ZooKeeper session expired";
    }

    /** @return the EXIT line of a leader that lost its candidacy, or {@code null} where it is stderr-only (< 1.4) */
    String lostLeadershipExit() {
        return version == MesosWording.V1_11 ? "EXIT with status 1: Lost candidacy as a leader... committing suicide!"
                : null;
    }

    String noLeaderDetected() {
        return "Detected a new leader: None";
    }

    /** @return {@code No master was elected.} where it exists (1.6+), else {@code null} */
    String noMasterElected() {
        return version == MesosWording.V1_11 ? "No master was elected." : null;
    }

    String masterStarted(String masterId, String host, String ip) {
        return "Master " + masterId + " (" + host + ") started on " + ip + ":5050";
    }

    boolean marksUnreachable() {
        return version.marksUnreachable();
    }
}
