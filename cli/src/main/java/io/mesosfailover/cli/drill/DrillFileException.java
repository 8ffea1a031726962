package io.mesosfailover.cli.drill;

import io.mesosfailover.cli.UserInputException;

/**
 * A drill file that cannot be used; the message names the file, line and column and what is wrong. Bad input from
 * the user, as any: one line, exit code 2.
 */
public final class DrillFileException extends UserInputException {
    private static final long serialVersionUID = 1L;

    /** @param message {@code file:line:column: what is wrong} */
    public DrillFileException(String message) {
        super(message);
    }

    /** @param message {@code file:line:column: what is wrong}
     *  @param cause the parser's error */
    public DrillFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
