package io.mesosfailover.cli;

import java.io.IOException;

/** A report or event stream that could not be written (a full disk, a closed pipe): exit code 1, in these words. */
final class ReportWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    ReportWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
