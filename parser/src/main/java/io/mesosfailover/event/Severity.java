package io.mesosfailover.event;

/** The glog severity letter of a line. */
public enum Severity {
    INFO, WARNING, ERROR, FATAL;

    /** @return the severity of a glog letter {@code I W E F} */
    public static Severity ofLetter(char letter) {
        switch (letter) {
            case 'I':
                return INFO;
            case 'W':
                return WARNING;
            case 'E':
                return ERROR;
            case 'F':
                return FATAL;
            default:
                throw new IllegalArgumentException("not a glog severity: '" + letter + "'");
        }
    }
}
