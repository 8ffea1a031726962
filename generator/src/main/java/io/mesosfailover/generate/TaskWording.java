package io.mesosfailover.generate;

import io.mesosfailover.sample.MesosWording;

/**
 * The master's lines about a framework's tasks, worded as each Mesos version's {@code master.cpp} words them (catalog
 * TASK-01 to TASK-08, AG-20, AG-27): launches, status updates and their acknowledgements, the updates the master
 * itself sends when it removes an agent or marks it unreachable, the framework told of the lost agent, kills.
 */
final class TaskWording {

    /** Marathon's scheduler, as the master prints a framework ({@code <id> (<name>) at <pid>}). */
    static final String SCHEDULER = "scheduler-3b6f1c2e-8d4a-4e2b-9f0c-7a1d5e9c2b44@10.0.1.11:38517";

    private final MesosWording version;

    TaskWording(MesosWording version) {
        this.version = version;
    }

    private String word() {
        return version.agentWord();
    }

    /** @return the framework as {@code operator<<(Framework)} prints it */
    static String framework(String frameworkId) {
        return frameworkId + " (marathon) at " + SCHEDULER;
    }

    /** @return a task's resources as the launch and removal lines print them (1.4+: with the allocation role) */
    String resources(String cpus, int mem, int port) {
        String role = version.rolelessResources() ? "(allocated: *)" : "(*)";
        return "cpus" + role + ":" + cpus + "; mem" + role + ":" + mem + "; ports" + role + ":[" + port + "-" + port
                + "]";
    }

    String offersAccepted(String offerId, String slave, String framework) {
        return "Processing ACCEPT call for offers: [ " + offerId + " ] on " + word() + " " + slave + " for framework "
                + framework;
    }

    /** @return the launch; 1.6 and later say on which executor, with their two spaces ({@code on  new executor}) */
    String launching(String taskId, String framework, String resources, String slave) {
        return "Launching task " + taskId + " of framework " + framework + " with resources " + resources + " on "
                + word() + " " + slave + (version == MesosWording.V1_11 ? " on  new executor" : "");
    }

    /** @return a status update as {@code operator<<(StatusUpdate)} prints it; {@code uuid} {@code null} for none */
    String update(String state, String uuid, String taskId, String frameworkId) {
        String printed = uuid == null ? "" : (version.statusUuid() ? " (Status UUID: " : " (UUID: ") + uuid + ")";
        return state + printed + " for task " + taskId + " of framework " + frameworkId;
    }

    /** @return an update the master makes itself: with its uuid in 0.22, without one from 0.23 on */
    String masterUpdate(String state, String uuid, String taskId, String frameworkId) {
        return update(state, version == MesosWording.V0_22 ? uuid : null, taskId, frameworkId);
    }

    String received(String update, String slave) {
        return "Status update " + update + " from " + word() + " " + slave;
    }

    String forwarded(String update) {
        return "Forwarding status update " + update;
    }

    /** @return the master's own update sent to the framework, with its message */
    String sent(String update, String message) {
        return "Sending status update " + update + " '" + message + "'";
    }

    /** @return {@code Master::updateTask}'s line (0.21-0.25 wording, then 0.26 and later) */
    String stateUpdated(String taskId, String frameworkId, String state) {
        return version == MesosWording.V0_22 ? "Updating the latest state of task " + taskId + " of framework "
                + frameworkId + " to " + state : "Updating the state of task " + taskId + " of framework " + frameworkId
                + " (latest state: " + state + ", status update state: " + state + ")";
    }

    /** @return the framework's acknowledgement of an update, as the master logs it (0.22: when it forwards it) */
    String acknowledged(String uuid, String taskId, String framework, String slave, String agentId) {
        switch (version) {
            case V0_22:
                return "Forwarding status update acknowledgement " + uuid + " for task " + taskId + " of framework "
                        + framework + " to slave " + slave;
            case V1_0:
                return "Processing ACKNOWLEDGE call " + uuid + " for task " + taskId + " of framework " + framework
                        + " on agent " + agentId;
            default:
                return "Processing ACKNOWLEDGE call for status " + uuid + " for task " + taskId + " of framework "
                        + framework + " on agent " + agentId;
        }
    }

    String taskRemoved(String taskId, String resources, String frameworkId, String slave) {
        return "Removing task " + taskId + " with resources " + resources + " of framework " + frameworkId + " on "
                + word() + " " + slave;
    }

    /**
     * @return whether the master changes the state of a lost agent's tasks before the registry removes the agent and
     *     sends their updates after it (0.x and 1.0 {@code Master::removeSlave}), rather than doing both after it
     *     (1.1 and later {@code _removeSlave}, and {@code __removeSlave} once an agent is marked unreachable)
     */
    boolean tasksBeforeRegistry() {
        return version != MesosWording.V1_11;
    }

    /** @return the allocator dropping the agent (AG-20) */
    String allocatorRemoved(String agentId) {
        return "Removed " + word() + " " + agentId;
    }

    /**
     * @param unreachable whether the agent was marked unreachable rather than removed
     * @return the message of the updates the master sends for the tasks of a lost agent (TASK-05)
     */
    String lossMessage(String host, String reason, boolean unreachable) {
        switch (version) {
            case V0_22:
                return "Slave " + host + " removed";
            case V1_0:
                return "Slave " + host + " removed: " + reason;
            default:
                return unreachable ? reason : "Agent " + host + " removed: " + reason;
        }
    }

    /**
     * @param unreachable whether the agent was marked unreachable rather than removed
     * @return the state of those updates for Marathon, which is partition-aware from Mesos 1.1 on
     */
    String lossState(boolean unreachable) {
        return unreachable && version.marksUnreachable() ? "TASK_UNREACHABLE" : "TASK_LOST";
    }

    /** @return the framework told of the lost agent (up to 1.0 with the misleading {@code after recovering}) */
    String lostAgentNotified(String framework, String agentId, String host) {
        return "Notifying framework " + framework + " of lost " + word() + " " + agentId + " (" + host + ")"
                + (version == MesosWording.V1_11 ? "" : " after recovering");
    }

    /** @return the message of the state a master (1.5+) sends again for the tasks of an unreachable agent back */
    static String reachableAgainMessage() {
        return "Unreachable agent re-reregistered";
    }

    String killCall(String taskId, String framework) {
        return "Processing KILL call for task '" + taskId + "' of framework " + framework;
    }

    String killRequested(String slave, String taskId, String framework) {
        return "Telling " + word() + " " + slave + " to kill task " + taskId + " of framework " + framework;
    }
}
