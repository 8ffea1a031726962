package io.mesosfailover.event;

import java.util.Locale;

/** The registry operations about an agent whose failure the master logs before it aborts. */
public enum RegistryOperation {
    /** {@code Failed to admit agent ...}: a new registration. */
    ADMIT("admit"),
    /** {@code Failed to readmit agent ...}: a re-registration of an agent the registry did not hold. */
    READMIT("readmit"),
    /** {@code Failed to remove agent ... from the registrar}. */
    REMOVE("remove"),
    /** {@code Failed to mark agent ... unreachable in the registry}. */
    MARK_UNREACHABLE("unreachable"),
    /** {@code Failed to mark agent ... as gone in the registry}. */
    MARK_GONE("gone"),
    /** {@code Failed to update registry for agent ...}: a re-registration's update of the agent's info. */
    UPDATE("update");

    /** The word of the line that names the operation. */
    private final String word;

    RegistryOperation(String word) {
        this.word = word;
    }

    /**
     * @param word the word of the line that names the operation, in any case: {@code admit}, {@code readmit},
     *     {@code remove}, {@code unreachable}, {@code gone} or {@code update}
     * @return the operation
     * @throws IllegalArgumentException for any other word
     */
    public static RegistryOperation ofWord(String word) {
        String lowerCase = word.toLowerCase(Locale.ROOT);
        for (RegistryOperation operation : values()) {
            if (operation.word.equals(lowerCase)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("not a registry operation: '" + word + "'");
    }
}
