package io.mesosfailover.event;

import java.util.Locale;

/** The registry operations about an agent whose failure the master logs before it aborts. */
public enum RegistryOperation {
    /** {@code Failed to admit agent ...}: a new registration. */
    ADMIT,
    /** {@code Failed to readmit agent ...}: a re-registration of an agent the registry did not hold. */
    READMIT,
    /** {@code Failed to remove agent ... from the registrar}. */
    REMOVE,
    /** {@code Failed to mark agent ... unreachable in the registry}. */
    MARK_UNREACHABLE,
    /** {@code Failed to mark agent ... as gone in the registry}. */
    MARK_GONE,
    /** {@code Failed to update registry for agent ...}: a re-registration's update of the agent's info. */
    UPDATE;

    /**
     * @param word the word of the line that names the operation: {@code admit}, {@code readmit}, {@code remove},
     *     {@code unreachable}, {@code gone} or {@code update}
     * @return the operation
     * @throws IllegalArgumentException for any other word
     */
    public static RegistryOperation ofWord(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "admit":
                return ADMIT;
            case "readmit":
                return READMIT;
            case "remove":
                return REMOVE;
            case "unreachable":
                return MARK_UNREACHABLE;
            case "gone":
                return MARK_GONE;
            case "update":
                return UPDATE;
            default:
                throw new IllegalArgumentException("not a registry operation: '" + word + "'");
        }
    }
}
