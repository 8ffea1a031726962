package io.mesosfailover.cli;

/**
 * Bad input from the user (a missing file, an invalid option value): reported in one line, exit code 2. A bad drill
 * file is one too ({@link io.mesosfailover.cli.drill.DrillFileException}).
 */
public class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, worded for the user */
    public UserInputException(String message) {
        super(message);
    }

    /** @param message what is wrong, worded for the user
     *  @param cause the underlying error */
    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
