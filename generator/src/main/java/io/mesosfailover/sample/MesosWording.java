package io.mesosfailover.sample;

/** The three wordings sample logs are written in: before 1.0 ("slave"), 1.0 ("agent"), 1.11 (agent, 1.5+ forms). */
public enum MesosWording {
    /** Mesos 0.22: "slave", resources with {@code (*)}, {@code UUID:}. */
    V0_22("0.22.0", "slave", "Slave"),
    /** Mesos 1.0: "agent", still the 0.x removal semantics. */
    V1_0("1.0.0", "agent", "Agent"),
    /** Mesos 1.11: "agent", {@code Status UUID:}, resources without a role, agents marked unreachable. */
    V1_11("1.11.0", "agent", "Agent");

    private final String version;
    private final String agentWord;
    private final String agentTitle;

    MesosWording(String version, String agentWord, String agentTitle) {
        this.version = version;
        this.agentWord = agentWord;
        this.agentTitle = agentTitle;
    }

    /** @return the Mesos version this wording is taken from */
    public String version() {
        return version;
    }

    /** @return {@code slave} or {@code agent} */
    public String agentWord() {
        return agentWord;
    }

    /** @return {@code Slave} or {@code Agent} */
    public String agentTitle() {
        return agentTitle;
    }

    /** @return whether resources print without the {@code (*)} role (1.4 and later) */
    public boolean rolelessResources() {
        return this == V1_11;
    }

    /** @return whether status updates print {@code Status UUID:} (1.5 and later) */
    public boolean statusUuid() {
        return this == V1_11;
    }

    /** @return whether a failed health check marks the agent unreachable (1.1 and later) instead of removing it */
    public boolean marksUnreachable() {
        return this == V1_11;
    }

    /** @return the wording of a version given as {@code 0.22}, {@code 1.0} or {@code 1.11} */
    public static MesosWording ofVersion(String text) {
        for (MesosWording wording : values()) {
            if (wording.version.startsWith(text + ".") || wording.version.equals(text)) {
                return wording;
            }
        }
        throw new IllegalArgumentException("no wording for Mesos " + text + "; choose 0.22, 1.0 or 1.11");
    }
}
