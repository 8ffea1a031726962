package io.mesosfailover.timeline;

/** Test helper: the ids and the wording that the timeline tests write into master logs. */
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
}
