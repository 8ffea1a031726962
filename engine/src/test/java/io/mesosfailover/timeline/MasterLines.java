package io.mesosfailover.timeline;

/**
 * Test helper: the ids and the wording that the timeline tests write into master logs. A line's {@code stamp} is its
 * glog prefix, such as {@code "I0309 14:00:01.000000"}.
 */
final class MasterLines {

    /** The master id in the agents' and frameworks' ids. */
    static final String ID = "b1c9e6a4-5d8f-4c2a-9e7b-3f1a2d4c6e80";

    /** A master's election, the message after the time stamp. */
    static final String ELECTED = "master.cpp:2179] Elected as the leading master!";

    private MasterLines() {
    }

    /** @return agent {@code n} as the master names it: its id, pid and host, at 10.0.2.(20 + n) */
    static String agent(int n) {
        return ID + "-S" + n + " at slave(1)@10.0.2." + (20 + n) + ":5051 (10.0.2." + (20 + n) + ")";
    }

    /** @return the line of the master's election at {@code stamp} */
    static String elected(String stamp) {
        return stamp + " " + ELECTED;
    }

    /** @return the line of agent {@code n} (see {@link #agent}) disconnecting at {@code stamp} */
    static String disconnected(String stamp, int n) {
        return disconnected(stamp, agent(n));
    }

    /** @return the line of an agent, named as the master names it, disconnecting at {@code stamp} */
    static String disconnected(String stamp, String agent) {
        return stamp + " master.cpp:1379] Agent " + agent + " disconnected";
    }

    /** @return the line of agent {@code n} (see {@link #agent}) re-registering at {@code stamp} */
    static String reregistered(String stamp, int n) {
        return reregistered(stamp, agent(n));
    }

    /** @return the line of an agent, named as the master names it, re-registering at {@code stamp} */
    static String reregistered(String stamp, String agent) {
        return stamp + " master.cpp:7000] Re-registered agent " + agent + " with cpus:4";
    }

    /** @return the line of the master marking agent {@code n} unreachable at {@code stamp}: its health check timed out */
    static String unreachable(String stamp, int n) {
        return stamp + " master.cpp:266] Marking agent " + ID + "-S" + n + " (10.0.2." + (20 + n)
                + ") unreachable: health check timed out";
    }
}
